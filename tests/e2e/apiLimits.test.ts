/**
 * What one anonymous request or a careless client can do to the API, over HTTP against the production
 * server (issue 15, findings 1–5): costly GraphQL refused at once, a translator cannot replace an
 * image's file, a save without a status keeps a document published, huge bodies and rich text are
 * refused fast, and drafts keep the length limits.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { richTextFromParagraphs } from '../../lib/text/richText'
import { apiLogIn, baseURL } from './browser'

interface Answer {
  status: number
  text: string
  body: { errors?: { message?: string }[]; doc?: Record<string, unknown>; data?: unknown } & Record<string, unknown>
  ms: number
}

async function call(
  path: string,
  options: { method?: string; token?: string; json?: unknown; form?: FormData; raw?: string; type?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {}
  if (options.token) headers.Authorization = `JWT ${options.token}`
  let body: BodyInit | undefined = options.form
  if (options.json !== undefined) body = JSON.stringify(options.json)
  if (options.raw !== undefined) body = options.raw
  if (options.json !== undefined || options.raw !== undefined)
    headers['Content-Type'] = options.type ?? 'application/json'
  const started = performance.now()
  const response = await fetch(`${baseURL()}${path}`, { method: options.method ?? 'GET', headers, body })
  const text = await response.text()
  const ms = Math.round(performance.now() - started)
  let parsed: Answer['body'] = {}
  try {
    parsed = JSON.parse(text) as Answer['body']
  } catch {
    // not JSON
  }
  return { status: response.status, text, body: parsed, ms }
}

const messageOf = (answer: Answer): string => (answer.body.errors ?? []).map((e) => e.message).join(' ')
const unique = Date.now().toString(36)
const locales = ['en', 'fr', 'es', 'ar'] as const

let editor: string
let translator: string

beforeAll(async () => {
  editor = await apiLogIn('editor@passerelle.test')
  translator = await apiLogIn('translator@passerelle.test')
  // The server builds its GraphQL schema on the first GraphQL request (seconds): not what is timed here.
  await call('/api/graphql', { method: 'POST', json: { query: '{ Pages(limit: 1) { docs { id } } }' } })
})

async function createRelease(
  title: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: number; slug: string }> {
  const created = await call('/api/press-releases?locale=fr', {
    method: 'POST',
    token: editor,
    json: {
      title,
      summary: `Résumé de ${title}`,
      publishedDate: '2026-01-05T09:00:00.000Z',
      _status: 'published',
      ...extra,
    },
  })
  expect(created.status).toBe(201)
  return created.body.doc as { id: number; slug: string }
}

describe('GraphQL cost (finding 1)', () => {
  const list = (alias: string) => `${alias}: PressReleases(locale: fr) { docs { id title } }`

  test('490 aliases of a list query are refused at once, and a request beside them is not held', async () => {
    const query = `query { ${Array.from({ length: 490 }, (_, i) => list(`a${i}`)).join(' ')} }`
    const [refused, beside] = await Promise.all([
      call('/api/graphql', { method: 'POST', json: { query } }),
      call('/api/press-releases?locale=fr&limit=1&depth=0'),
    ])
    expect(refused.status).toBe(400)
    expect(messageOf(refused)).toMatch(/490 root fields .* at most 10/)
    expect(refused.ms).toBeLessThan(1000)
    expect(beside.status).toBe(200)
    expect(beside.ms).toBeLessThan(2000)
  })

  test('lists of more than 100, or of everything, and more than 200 documents in all are refused', async () => {
    for (const [query, message] of [
      ['query { PressReleases(limit: 101) { docs { id } } }', /between 1 and 100/],
      ['query { PressReleases(pagination: false) { docs { id } } }', /every document/],
      [
        `query { ${Array.from({ length: 3 }, (_, i) => `a${i}: Events(limit: 100) { docs { id } }`).join(' ')} }`,
        /300 documents/,
      ],
    ] as const) {
      const answer = await call('/api/graphql', { method: 'POST', json: { query } })
      expect({ query, status: answer.status }).toEqual({ query, status: 400 })
      expect(messageOf(answer)).toMatch(message)
    }
  })

  test('a mistyped name is refused without suggesting the names the schema has', async () => {
    const answer = await call('/api/graphql', {
      method: 'POST',
      json: { query: 'query { PressReleasez { docs { id } } }' },
    })
    expect(answer.status).toBe(400)
    expect(messageOf(answer)).toMatch(/Cannot query field "PressReleasez"/)
    expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean/)
  })

  test('a normal query, as a site or an editor tool sends it, still answers', async () => {
    const query = `query { PressReleases(locale: fr, limit: 10, sort: "-publishedDate") {
      totalDocs docs { id title slug summary publishedDate heroImage { url alt } dateline { city office { name } } } } }`
    const answer = await call('/api/graphql', { method: 'POST', token: editor, json: { query } })
    expect(answer.status).toBe(200)
    expect(answer.body.errors).toBeUndefined()
    const docs = (answer.body.data as { PressReleases: { docs: unknown[] } }).PressReleases.docs
    expect(docs.length).toBeGreaterThan(0)
  })

  test('the most expensive accepted query (10 lists of 20 documents, populated) answers in under 2 s', async () => {
    // At Payload's complexity limit (400): ten lists of the same 20 documents, each populated.
    const fields =
      'docs { id title slug summary publishedDate heroImage { url alt } dateline { city office { name } } }'
    const query = `query { ${Array.from({ length: 10 }, (_, i) => `a${i}: PressReleases(locale: fr, limit: 20) { ${fields} }`).join(' ')} }`
    const answer = await call('/api/graphql', { method: 'POST', json: { query } })
    expect(answer.body.errors).toBeUndefined()
    expect(answer.status).toBe(200)
    console.log(`GraphQL: most expensive accepted query (10 × 20 documents, populated) answered in ${answer.ms} ms`)
    expect(answer.ms).toBeLessThan(2000)
  })
})

describe("a translator and an image's file (finding 2)", () => {
  const png = (red: number) =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: { r: red, g: 40, b: 90 } } })
      .png()
      .toBuffer()
  const form = (file: Buffer, data: Record<string, unknown>) => {
    const body = new FormData()
    body.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), `image-${unique}.png`)
    body.append('_payload', JSON.stringify(data))
    return body
  }

  test('replacing the file is refused with a message; file and address stay in every language; alt text is still theirs', async () => {
    const created = await call('/api/media?locale=fr', {
      method: 'POST',
      token: editor,
      form: form(await png(200), { alt: 'Carte rouge' }),
    })
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: number }).id
    const before = await call(`/api/media/${id}?locale=fr&depth=0`)

    const replaced = await call(`/api/media/${id}?locale=es`, {
      method: 'PATCH',
      token: translator,
      form: form(await png(20), { alt: 'Mapa azul' }),
    })
    expect(replaced.status).toBe(403)
    expect(messageOf(replaced)).toMatch(/may not replace the file/)

    for (const locale of locales) {
      const after = await call(`/api/media/${id}?locale=${locale}&depth=0`)
      expect({ locale, filename: after.body.filename, url: after.body.url, filesize: after.body.filesize }).toEqual({
        locale,
        filename: before.body.filename,
        url: before.body.url,
        filesize: before.body.filesize,
      })
    }
    const file = await fetch(new URL(String(before.body.url), baseURL()))
    expect(file.status).toBe(200)

    const translated = await call(`/api/media/${id}?locale=es`, {
      method: 'PATCH',
      token: translator,
      json: { alt: 'Mapa rojo' },
    })
    expect(translated.status).toBe(200)
    expect((await call(`/api/media/${id}?locale=es`)).body.alt).toBe('Mapa rojo')
    expect((await call(`/api/media/${id}?locale=fr`)).body.alt).toBe('Carte rouge')
  })
})

describe('a save without a status (finding 3)', () => {
  test("after a translator's save, an editor's PATCH of the summary, or an empty PATCH, in any language, leaves it published", async () => {
    const { id, slug } = await createRelease(`Statut gardé ${unique}`)
    const translated = await call(`/api/press-releases/${id}?locale=es`, {
      method: 'PATCH',
      token: translator,
      json: { title: `Estado mantenido ${unique}` },
    })
    expect(translated.status).toBe(200)
    for (const locale of locales) {
      const summary = `Summary saved in ${locale} ${unique}`
      const patched = await call(`/api/press-releases/${id}?locale=${locale}`, {
        method: 'PATCH',
        token: editor,
        json: { summary },
      })
      expect({ locale, status: patched.status }).toEqual({ locale, status: 200 })
      const seen = await call(`/api/press-releases/${id}?locale=${locale}`)
      expect({ locale, status: seen.status, summary: seen.body.summary }).toEqual({ locale, status: 200, summary })
      const empty = await call(`/api/press-releases/${id}?locale=${locale}`, {
        method: 'PATCH',
        token: editor,
        json: {},
      })
      expect({ locale, status: empty.status }).toEqual({ locale, status: 200 })
      expect((await call(`/api/press-releases/${id}?locale=${locale}`)).status).toBe(200)
    }
    expect((await call(`/api/press-releases/${id}?locale=es`)).body.title).toBe(`Estado mantenido ${unique}`)
    const page = await fetch(`${baseURL()}/fr/news/${slug}`)
    expect(page.status).toBe(200)
  })
})

describe('body size and rich text (finding 4)', () => {
  const releaseWith = (body: unknown) => ({
    title: `Texte long ${unique} ${Math.random().toString(36).slice(2, 6)}`,
    summary: 'Résumé',
    publishedDate: '2026-01-05T09:00:00.000Z',
    body,
  })

  test('a body over 2 MB is refused before it is read', async () => {
    const answer = await call('/api/press-releases?locale=fr', {
      method: 'POST',
      token: editor,
      raw: JSON.stringify(releaseWith(richTextFromParagraphs(['x'.repeat(10 * 1024 * 1024)]))),
    })
    expect(answer.status).toBe(413)
    expect(messageOf(answer)).toMatch(/too large/)
    expect(answer.ms).toBeLessThan(2000)
  })

  test('rich text over its characters, nodes or depth is refused with a message, fast', async () => {
    const emptyParagraph = { type: 'paragraph', version: 1, children: [] }
    const deep = (levels: number): Record<string, unknown> =>
      levels === 0
        ? { type: 'text', text: 'x', version: 1 }
        : { type: 'paragraph', version: 1, children: [deep(levels - 1)] }
    for (const [body, message] of [
      [richTextFromParagraphs(Array.from({ length: 101 }, () => 'é'.repeat(1000))), /at most 100000 characters/],
      [
        {
          root: { ...richTextFromParagraphs([]).root, children: Array.from({ length: 4_001 }, () => emptyParagraph) },
        },
        /at most 4000/,
      ],
      [{ root: { type: 'root', version: 1, children: [deep(14)] } }, /at most 12 levels/],
    ] as const) {
      const answer = await call('/api/press-releases?locale=fr', {
        method: 'POST',
        token: editor,
        json: releaseWith(body),
      })
      expect(answer.status).toBe(400)
      expect(messageOf(answer)).toMatch(message)
      expect(answer.ms).toBeLessThan(2000)
    }
  })

  test('the largest accepted rich text (100,000 characters in 4,000 nodes) is saved and published in under 2 s', async () => {
    const paragraphs = Array.from({ length: 2_000 }, (_, i) => `${String(i).padStart(5, '0')} ${'t'.repeat(44)}`)
    const body = richTextFromParagraphs(paragraphs)
    const json = releaseWith(body)
    const size = JSON.stringify(json).length
    const answer = await call('/api/press-releases?locale=fr', {
      method: 'POST',
      token: editor,
      json: { ...json, _status: 'published' },
    })
    expect(answer.status).toBe(201)
    console.log(
      `Largest accepted body: ${(size / 1024).toFixed(0)} KB (2,000 paragraphs, 100,000 characters) saved in ${answer.ms} ms`,
    )
    expect(answer.ms).toBeLessThan(2000)
  })
})

describe('drafts keep the limits (finding 5)', () => {
  const cases = [
    ['press-releases', { title: 'T'.repeat(251), publishedDate: '2026-01-05T09:00:00.000Z' }, 'title'],
    ['press-releases', { title: 'Brouillon', summary: 'S'.repeat(601) }, 'summary'],
    ['events', { title: 'E'.repeat(251) }, 'title'],
    ['pages', { title: 'P'.repeat(201) }, 'title'],
    ['health-programmes', { title: 'Programme', summary: 'S'.repeat(601) }, 'summary'],
    ['offices', { name: 'O'.repeat(161) }, 'name'],
  ] as const

  test.each(cases)(
    '%s: a draft with a too long %s is refused, as a new draft and as an autosave',
    async (collection, data, field) => {
      const count = async () =>
        (await call(`/api/${collection}?draft=true&limit=1&depth=0`, { token: editor })).body.totalDocs as number
      const before = await count()
      const created = await call(`/api/${collection}?locale=fr&draft=true`, {
        method: 'POST',
        token: editor,
        json: { ...data, _status: 'draft' },
      })
      expect(created.status).toBe(400)
      expect(messageOf(created)).toMatch(new RegExp(`invalid: ${field} \\(${field}: At most \\d+ characters`))
      expect(await count()).toBe(before)
    },
  )

  test('an autosave of a published release with a 10-million-character title is refused and stores nothing', async () => {
    const { id } = await createRelease(`Autosave ${unique}`)
    for (const title of ['T'.repeat(251), 'T'.repeat(10_485_764)]) {
      const answer = await call(`/api/press-releases/${id}?locale=fr&draft=true&autosave=true`, {
        method: 'PATCH',
        token: editor,
        json: { title },
      })
      expect([400, 413]).toContain(answer.status)
      expect(messageOf(answer)).not.toBe('')
    }
    const latest = await call(`/api/press-releases/${id}?locale=fr&draft=true`, { token: editor })
    expect(latest.body.title).toBe(`Autosave ${unique}`)
  })
})
