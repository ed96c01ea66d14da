/**
 * Thousands of generated malformed requests against the production server (tests/e2e/badRequests.ts):
 * bodies, query strings, paths, content types and GraphQL. None answers 5xx or takes over 2 s, every
 * write is refused with a message, and no document changes.
 */
import { beforeAll, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { apiLogIn, baseURL } from './browser'
import { collections, generateBadRequests, type BadRequest } from './badRequests'

const CONCURRENCY = 4

let editor: string
const existing: Record<string, number | string> = {}

interface Outcome {
  request: BadRequest
  status: number
  ms: number
  message: string
}

async function send(request: BadRequest): Promise<Outcome> {
  const headers: Record<string, string> = {}
  if (request.asEditor) headers.Authorization = `JWT ${editor}`
  if (request.contentType) headers['Content-Type'] = request.contentType
  const started = performance.now()
  let status = 0
  let text = ''
  try {
    const response = await fetch(`${baseURL()}${request.path}`, {
      method: request.method,
      headers,
      body: request.body,
      redirect: 'manual',
    })
    status = response.status
    text = await response.text()
  } catch (error) {
    text = String(error)
  }
  const ms = Math.round(performance.now() - started)
  let message = ''
  try {
    message = ((JSON.parse(text) as { errors?: { message?: string }[] }).errors ?? [])
      .map((e) => e.message ?? '')
      .join(' ')
  } catch {
    message = text.slice(0, 200)
  }
  return { request, status, ms, message }
}

/** Every document of every collection, drafts and all languages, as the editor sees them: "collection id" → JSON. */
async function snapshot(): Promise<Map<string, string>> {
  const documents = new Map<string, string>()
  for (const collection of [...collections, 'users']) {
    const response = await fetch(`${baseURL()}/api/${collection}?draft=true&locale=all&depth=0&limit=1000&sort=id`, {
      headers: { Authorization: `JWT ${editor}` },
    })
    const { docs } = (await response.json()) as { docs: { id: number | string }[] }
    for (const doc of docs) documents.set(`${collection} ${doc.id}`, JSON.stringify(doc))
  }
  return documents
}

/** The documents added, removed or changed between two snapshots, with the fields that changed. */
function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()])
  return [...keys].flatMap((key) => {
    const [a, b] = [before.get(key), after.get(key)]
    if (a === b) return []
    if (!a || !b) return [`${key} ${a ? 'removed' : 'added'}`]
    const [x, y] = [JSON.parse(a) as Record<string, unknown>, JSON.parse(b) as Record<string, unknown>]
    const fields = Object.keys({ ...x, ...y }).filter((f) => JSON.stringify(x[f]) !== JSON.stringify(y[f]))
    return [`${key} changed: ${fields.join(', ')}`]
  })
}

beforeAll(async () => {
  editor = await apiLogIn('editor@passerelle.test')
  // The server builds its GraphQL schema on the first GraphQL request (seconds, holding the event loop):
  // done here, not timed as one of the requests.
  await fetch(`${baseURL()}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ Pages(limit: 1) { docs { id } } }' }),
  })
  const create = async (collection: string, body: RequestInit['body'], json = true) => {
    const response = await fetch(`${baseURL()}/api/${collection}?locale=fr`, {
      method: 'POST',
      headers: { Authorization: `JWT ${editor}`, ...(json ? { 'Content-Type': 'application/json' } : {}) },
      body,
    })
    const created = (await response.json()) as { doc?: { id: number | string } }
    if (!created.doc) throw new Error(`${collection}: ${JSON.stringify(created)}`)
    existing[collection] = created.doc.id
  }
  const tag = Date.now().toString(36)
  await create(
    'press-releases',
    JSON.stringify({
      title: `Cible ${tag}`,
      publishedDate: '2026-01-05T09:00:00.000Z',
      summary: 'S',
      _status: 'published',
    }),
  )
  await create(
    'events',
    JSON.stringify({
      title: `Cible ${tag}`,
      kind: 'meeting',
      status: 'scheduled',
      startsAt: '2026-01-01T09:00:00.000Z',
      endsAt: '2026-01-01T10:00:00.000Z',
      timeZone: 'Europe/Zurich',
      _status: 'published',
    }),
  )
  await create('health-programmes', JSON.stringify({ title: `Cible ${tag}`, status: 'active', _status: 'published' }))
  await create(
    'offices',
    JSON.stringify({
      name: `Cible ${tag}`,
      kind: 'country-office',
      region: 'mena',
      city: 'C',
      country: 'EG',
      timeZone: 'Africa/Cairo',
      _status: 'published',
    }),
  )
  await create('pages', JSON.stringify({ title: `Cible ${tag}`, _status: 'published' }))
  const image = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), `cible-${tag}.png`)
  form.append('_payload', JSON.stringify({ alt: 'Cible' }))
  await create('media', form, false)
})

test('over 3,000 malformed requests: no 5xx, none over 2 s, every write refused with a message, nothing stored', async () => {
  const requests = generateBadRequests(existing)
  expect(requests.length).toBeGreaterThanOrEqual(3000)
  const before = await snapshot()
  const started = Date.now()
  const outcomes: Outcome[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) outcomes.push(await send(requests[next++]))
    }),
  )
  const seconds = (Date.now() - started) / 1000
  const line = (o: Outcome) => `${o.status} ${o.ms} ms ${o.request.name.slice(0, 160)} — ${o.message.slice(0, 120)}`
  const serverErrors = outcomes.filter((o) => o.status >= 500 || o.status === 0).map(line)
  const slow = outcomes.filter((o) => o.ms > 2000).map(line)
  const writes = outcomes.filter((o) => o.request.method !== 'GET' && o.request.path !== '/api/graphql')
  // (A redirect is no acceptance: `/api/pages/%2e%2e` is `/api/pages/..`, which Next redirects to /api.)
  const accepted = writes.filter((o) => o.status >= 200 && o.status < 300).map(line)
  const silent = writes.filter((o) => o.status >= 400 && o.message.trim() === '').map(line)
  const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a))
  console.log(
    `${outcomes.length} malformed requests in ${seconds.toFixed(1)} s; slowest ${slowest.ms} ms (${slowest.request.name.slice(0, 100)}); ` +
      `statuses ${JSON.stringify(Object.fromEntries([...new Set(outcomes.map((o) => o.status))].sort().map((s) => [s, outcomes.filter((o) => o.status === s).length])))}`,
  )
  const changed = changes(before, await snapshot())
  expect({ serverErrors, slow, accepted, silent, changed }).toEqual({
    serverErrors: [],
    slow: [],
    accepted: [],
    silent: [],
    changed: [],
  })
}, 300_000)
