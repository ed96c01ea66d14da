/**
 * Generated malformed requests to the API, deterministic (no randomness: a failure names its case):
 * bodies, query strings, paths, content types and GraphQL. Each is something a careless client or an
 * attacker sends; none may answer 5xx, take over 2 s, or store anything.
 */
import { badCases, type Doc, type FieldKind } from '../int/badInput'

export interface BadRequest {
  name: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** After the base URL, starting with /. */
  path: string
  body?: string
  contentType?: string
  /** Sent with the editor's token: writes that would pass access and reach validation. */
  asEditor: boolean
}

export const collections = ['press-releases', 'events', 'health-programmes', 'offices', 'pages', 'media'] as const

/** The fields each collection is probed through, with the values no such field accepts. */
const plans: { collection: (typeof collections)[number]; base: Doc; fields: Record<string, FieldKind> }[] = [
  {
    collection: 'press-releases',
    base: { title: 'Base', publishedDate: '2020-01-01T00:00:00.000Z', summary: 'S' },
    fields: {
      title: 'originalText',
      summary: 'text',
      slug: 'slug',
      publishedDate: 'date',
      themes: 'select',
      'dateline.office': 'relationship',
      heroImage: 'relationship',
      contacts: 'array',
    },
  },
  {
    collection: 'events',
    base: {
      title: 'Base',
      kind: 'meeting',
      status: 'scheduled',
      startsAt: '2026-01-01T09:00:00.000Z',
      endsAt: '2026-01-01T10:00:00.000Z',
      timeZone: 'Europe/Zurich',
    },
    fields: {
      title: 'originalText',
      kind: 'select',
      startsAt: 'date',
      onlineLink: 'url',
      allDay: 'checkbox',
      office: 'relationship',
    },
  },
  {
    collection: 'offices',
    base: { name: 'Base', kind: 'country-office', region: 'mena', city: 'C', country: 'EG', timeZone: 'Africa/Cairo' },
    fields: { name: 'originalText', latitude: 'number', email: 'email', parent: 'relationship', country: 'select' },
  },
  {
    collection: 'pages',
    base: { title: 'Base' },
    fields: { title: 'originalText', parent: 'relationship', slug: 'slug' },
  },
]

const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels)
const nestedObject = (levels: number): string => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels)

/** Bodies that are not a JSON object of fields, whatever the content type says. */
export const malformedBodies: { name: string; body: string; contentType?: string }[] = [
  { name: 'null', body: 'null' },
  { name: 'array', body: '[]' },
  { name: 'array of objects', body: '[{"title":"x"}]' },
  { name: 'string', body: '"title"' },
  { name: 'number', body: '42' },
  { name: 'true', body: 'true' },
  { name: 'truncated', body: '{"title":' },
  { name: 'trailing comma', body: '{"title":"x",}' },
  { name: 'single quotes', body: "{'title':'x'}" },
  { name: 'NaN', body: '{"title":NaN}' },
  { name: 'comment', body: '{"title":"x"/*c*/}' },
  { name: 'BOM', body: '\uFEFF{"title":"x"' },
  { name: 'NUL', body: '{"title":"\u0000"' },
  { name: 'lone surrogate', body: '{"title":"\\ud800"' },
  { name: '10,000 nested arrays', body: nested(10_000) },
  { name: '10,000 nested objects', body: nestedObject(10_000) },
  { name: '100 nested arrays', body: `{"title":${nested(100)}}` },
  { name: 'text/plain JSON', body: '{"title":"x"}', contentType: 'text/plain' },
  { name: 'form-encoded', body: 'title=x&summary=y', contentType: 'application/x-www-form-urlencoded' },
  { name: 'XML', body: '<doc><title>x</title></doc>', contentType: 'application/xml' },
  { name: 'multipart without boundary', body: 'title=x', contentType: 'multipart/form-data' },
  {
    name: 'multipart with a wrong boundary',
    body: '--a\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnull\r\n--a--',
    contentType: 'multipart/form-data; boundary=b',
  },
  {
    name: 'multipart _payload null',
    body: '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnull\r\n--b--\r\n',
    contentType: 'multipart/form-data; boundary=b',
  },
  {
    name: 'multipart _payload not JSON',
    body: '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{x\r\n--b--\r\n',
    contentType: 'multipart/form-data; boundary=b',
  },
  { name: 'JSON with a charset it is not in', body: '{"title":"x"', contentType: 'application/json; charset=utf-16' },
  { name: 'unknown content type', body: '{"title":"x"}', contentType: 'application/x-nonsense' },
  { name: 'no content type', body: '{"title":"x"}', contentType: '' },
]

/** Query strings no list or document read can use. */
export const malformedQueries: string[] = [
  'where[id][in]=1,2,abc',
  'where[id][equals]=abc',
  'where[id][equals]=1e309',
  'where[id][greater_than]=-1e400',
  'where[createdAt][greater_than]=notadate',
  'where[updatedAt][less_than_equal]=2026-13-45',
  'where[createdAt][in]=notadate,2026-01-01',
  'where[title][near]=1,2',
  'where[title][within]=x',
  'where[title][intersects]=x',
  'where[title][all]=x',
  'where[title][$ne]=x',
  'where[title][equals][0]=x',
  'where[title][equals][a]=x',
  'where[title][like][$gt]=',
  'where[title]=x',
  'where[title][unknown_op]=x',
  'where[or][0]=x',
  'where[or]=x',
  'where[and][0][or][0][and][0][or][0][and][0][or][0][and][0][or][0][and][0][or][0][title][equals]=x',
  'where[nonexistent][equals]=x',
  'where[__proto__][equals]=x',
  'where[constructor][prototype][equals]=x',
  'where={not json',
  'where=null',
  'where=[]',
  'where="x"',
  'limit=1&limit=2',
  'limit=-1',
  'limit=1.5',
  'limit=abc',
  'limit=1e309',
  'limit=99999999999999999999',
  'page=1e309',
  'page=0',
  'page=-5',
  'page=abc',
  'page=1&page=2',
  'depth=-1',
  'depth=100',
  'depth=1&depth=2',
  'sort=nonexistent',
  'sort=-',
  'sort=title,title,title',
  'sort[]=x',
  'sort=__proto__',
  'locale=xx',
  'locale=../../etc',
  'locale=fr&locale=es',
  'fallback-locale=xx',
  'draft=maybe',
  'draft=true&draft=false',
  'pagination=no',
  'select[title]=maybe',
  'select[__proto__]=true',
  'populate[x]=y',
  'joins[x][limit]=abc',
  'trash=yes',
  'where[title][in][0][1][2]=x',
  'where[title][exists]=maybe',
  'where[title][equals]=%00',
  'where[publishedDate][equals]=now',
  'where[startsAt][greater_than]=yesterday',
  'where[latitude][near]=a,b',
  'where[latitude][equals]=north',
  'where[dateline.office][equals]=abc',
  'where[office][in]=1,x',
  'where[parent][equals]=../../',
  'where[heroImage][equals]=-1',
  'where[themes][all]=x',
  'where[themes][equals][$ne]=x',
  '%00=1',
  'limit=%00',
]

/** Document addresses that name no document. */
export const malformedIds = [
  'abc',
  '%00',
  '%2e%2e',
  '..%2f..%2fetc',
  '-1',
  '0',
  '1.5',
  '1e309',
  '99999999999999999999',
  'null',
  'undefined',
  '%ff',
  '%E2%82',
  '%c0%af',
  'a%00b',
  '1;DROP TABLE',
  '1%20OR%201=1',
  '{}',
  '[]',
]

/** GraphQL bodies: not JSON, not a query, wrong variables, costly shapes. */
export const malformedGraphQL: { name: string; body: string; contentType?: string }[] = [
  { name: 'not JSON', body: 'not json' },
  { name: 'null', body: 'null' },
  { name: 'array', body: '[]' },
  { name: 'no query', body: '{}' },
  { name: 'query is a number', body: '{"query":42}' },
  { name: 'query is null', body: '{"query":null}' },
  { name: 'syntax error', body: '{"query":"query {"}' },
  { name: 'unknown field', body: '{"query":"query { Nothing { id } }"}' },
  { name: 'text/plain', body: 'query { Pages { docs { id } } }', contentType: 'text/plain' },
  { name: 'graphql content type', body: 'query { Pages { docs { id } } }', contentType: 'application/graphql' },
  {
    name: 'form-encoded',
    body: 'query=query%20%7B%20Pages%20%7B%20docs%20%7B%20id%20%7D%20%7D%20%7D',
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    name: 'variables not an object',
    body: '{"query":"query($l:Int){ Pages(limit:$l){ docs { id } } }","variables":"x"}',
  },
  {
    name: 'variable of the wrong type',
    body: '{"query":"query($l:Int){ Pages(limit:$l){ docs { id } } }","variables":{"l":"abc"}}',
  },
  {
    name: 'variable limit too large',
    body: '{"query":"query($l:Int){ Pages(limit:$l){ docs { id } } }","variables":{"l":100000}}',
  },
  { name: 'negative page', body: '{"query":"query { Pages(page: -1) { docs { id } } }"}' },
  { name: 'huge page', body: '{"query":"query { Pages(page: 2147483647) { docs { id } } }"}' },
  {
    name: 'where with a bad date',
    body: '{"query":"query { PressReleases(where: { publishedDate: { greater_than: \\"notadate\\" } }) { docs { id } } }"}',
  },
  {
    name: 'where with a bad id',
    body: '{"query":"query { PressReleases(where: { id: { equals: \\"abc\\" } }) { docs { id } } }"}',
  },
  { name: 'document by a bad id', body: '{"query":"query { PressRelease(id: \\"abc\\") { id } }"}' },
  {
    name: 'fragment cycle',
    body: '{"query":"query { Pages { ...A } } fragment A on Pages { ...B } fragment B on Pages { ...A }"}',
  },
  { name: 'operation name unknown', body: '{"query":"query A { Pages { docs { id } } }","operationName":"B"}' },
  { name: 'two anonymous operations', body: '{"query":"{ Pages { docs { id } } } { Pages { docs { id } } }"}' },
  { name: 'mutation anonymously', body: '{"query":"mutation { createPage(data: { title: \\"x\\" }) { id } }"}' },
  {
    name: 'introspection',
    body: '{"query":"{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }"}',
  },
  {
    name: '11 root fields',
    body: JSON.stringify({
      query: `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: Pages { docs { id } }`).join(' ')} }`,
    }),
  },
  {
    name: '490 aliases',
    body: JSON.stringify({
      query: `{ ${Array.from({ length: 490 }, (_, i) => `a${i}: PressReleases { docs { id title } }`).join(' ')} }`,
    }),
  },
  { name: '100 nested lists', body: `{"query":"${'{ a '.repeat(100)}${'}'.repeat(100)}"}` },
  { name: '10,000 nested JSON', body: nested(10_000) },
]

const writePaths = (collection: string, existingId: number | string): { method: 'POST' | 'PATCH'; path: string }[] => [
  { method: 'POST', path: `/api/${collection}?locale=fr` },
  { method: 'POST', path: `/api/${collection}?locale=fr&draft=true` },
  { method: 'PATCH', path: `/api/${collection}/${existingId}?locale=fr` },
  { method: 'PATCH', path: `/api/${collection}/${existingId}?locale=es&draft=true&autosave=true` },
]

/** Every generated request, in a fixed order. `existing` holds one document id per collection. */
export function generateBadRequests(existing: Record<string, number | string>): BadRequest[] {
  const requests: BadRequest[] = []
  // Bodies of the right syntax with a wrong value in one field, as a draft and published, created and updated.
  for (const plan of plans)
    for (const c of badCases(plan.base, plan.fields))
      for (const { method, path } of writePaths(plan.collection, existing[plan.collection]))
        // An empty title is refused when publishing; a draft may be empty (the admin creates one as it opens a new document).
        if (!(c.onlyInOriginalLanguage && (path.includes('locale=es') || path.includes('draft=true'))))
          requests.push({
            name: `${method} ${path} ${c.name}`,
            method,
            path,
            body: JSON.stringify(
              method === 'PATCH' && path.includes('draft=true') ? c.data : { ...c.data, _status: 'published' },
            ),
            contentType: 'application/json',
            asEditor: true,
          })
  // Bodies that are not an object of fields, and content types that are not JSON.
  for (const collection of collections)
    for (const b of malformedBodies)
      for (const { method, path } of writePaths(collection, existing[collection]))
        requests.push({
          name: `${method} ${path} body ${b.name}`,
          method,
          path,
          body: b.body,
          contentType: b.contentType ?? 'application/json',
          asEditor: true,
        })
  // Query strings, on lists, counts and one document, anonymous and as an editor.
  for (const collection of [...collections, 'users'])
    for (const query of malformedQueries)
      for (const path of [
        `/api/${collection}?${query}`,
        `/api/${collection}/count?${query}`,
        `/api/${collection}/${existing[collection] ?? 1}?${query}`,
      ])
        for (const asEditor of [false, true])
          requests.push({ name: `GET ${path}${asEditor ? ' (editor)' : ''}`, method: 'GET', path, asEditor })
  // Addresses of documents, versions and globals that do not exist.
  for (const collection of [...collections, 'users'])
    for (const id of malformedIds)
      for (const [method, path] of [
        ['GET', `/api/${collection}/${id}`],
        ['GET', `/api/${collection}/versions/${id}`],
        ['PATCH', `/api/${collection}/${id}`],
        ['DELETE', `/api/${collection}/${id}`],
      ] as const)
        requests.push({
          name: `${method} ${path}`,
          method,
          path,
          asEditor: method !== 'GET',
          ...(method === 'PATCH' ? { body: '{}', contentType: 'application/json' } : {}),
        })
  for (const path of [
    '/api/globals/nothing',
    '/api/globals/site?locale=xx',
    '/api/globals/navigation?depth=-1',
    '/api/nothing',
    '/api/%00',
    '/api/%ff',
    '/api/press-releases/1/%ff',
    '/fr/news/%ff',
    '/fr/%00',
    '/%ff',
  ])
    requests.push({ name: `GET ${path}`, method: 'GET', path, asEditor: false })
  // GraphQL.
  for (const g of malformedGraphQL)
    // (The mutation is a valid one: refused to anonymous clients, it would create a page for the editor.)
    for (const asEditor of g.name.startsWith('mutation') ? [false] : [false, true])
      requests.push({
        name: `GraphQL ${g.name}${asEditor ? ' (editor)' : ''}`,
        method: 'POST',
        path: '/api/graphql',
        body: g.body,
        contentType: g.contentType ?? 'application/json',
        asEditor,
      })
  return requests
}
