/**
 * The search index's upkeep: kept out of drizzle's schema push (SQLite), rebuilt by
 * `npm run search:reindex` with progress and by the start when missing, refused clearly on a
 * database that is not there. The MongoDB text index's options when TEST_DATABASE_URI is mongodb://….
 */
import { copyFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { searchSite } from '../../lib/content/search'
import { RELEASE_KEYS } from '../../lib/content/releaseKeysOnSqlite'
import { prepareSearchIndex, rebuildSearchIndex, type RebuildProgress } from '../../lib/search/indexing'
import { MONGO_COLLECTION } from '../../lib/search/mongo/mongoIndex'
import { sqlRunner } from '../../lib/search/sqlite/connection'
import { LIVE, TERMS, TERMS_COMPLETE, termsComplete } from '../../lib/search/sqlite/store'
import { richTextFromParagraphs } from '../../lib/text/richText'
import { jobEnv, runJob } from '../support/runJob'
import { startPayload, stopPayload } from './payloadHarness'

const onMongo = (process.env.DATABASE_URI ?? '').startsWith('mongodb')
const sqliteOnly = onMongo ? describe.skip : describe
const mongoOnly = onMongo ? describe : describe.skip

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  for (const [i, title] of ['Sitar à Genève', 'Sitar à Dakar', 'Tabla à Lima'].entries())
    await payload.create({
      collection: 'press-releases',
      locale: 'fr',
      data: {
        title,
        slug: `instrument-${i}`,
        _status: 'published',
        publishedDate: `202${i}-01-01T09:00:00.000Z`,
        summary: `Résumé ${i}`,
        body: richTextFromParagraphs([`Texte ${i}.`]),
        themes: ['migration-governance'],
      },
    })
})
afterAll(() => stopPayload(payload))

const titles = async (query: string) => (await searchSite('fr', query, 1)).hits.map((h) => h.title).sort()

test('a rebuild restores an index that lost entries, and reports its progress', async () => {
  expect(await titles('sitar')).toEqual(['Sitar à Dakar', 'Sitar à Genève'])
  if (!onMongo)
    for (const table of [...Object.values(LIVE.fts), LIVE.entries])
      await (await sqlRunner(payload)).run(`DELETE FROM ${table}`)
  else await payload.db.connection.collection(MONGO_COLLECTION).deleteMany({})
  const progress: RebuildProgress[] = []
  const result = await rebuildSearchIndex(payload, (p) => {
    progress.push(p)
  })
  expect(result.documents).toBeGreaterThanOrEqual(3)
  expect(progress.some((p) => p.collection === 'press-releases' && p.done === p.total)).toBe(true)
  expect(await titles('sitar')).toEqual(['Sitar à Dakar', 'Sitar à Genève'])
})

sqliteOnly('SQLite: FTS5 tables beside drizzle’s', () => {
  test('drizzle-kit’s schema push (npm run dev) never proposes to touch them', async () => {
    const adapter = payload.db as unknown as SQLiteAdapter
    const { pushSchema } = adapter.requireDrizzleKit()
    const push = (await pushSchema(
      adapter.schema,
      adapter.drizzle as unknown as Parameters<typeof pushSchema>[1],
    )) as unknown as {
      statementsToExecute: string[]
      warnings: string[]
    }
    const tables = await (
      await sqlRunner(payload)
    ).all<{ name: string }>("SELECT name FROM sqlite_master WHERE name LIKE 'libsql_search%'")
    expect(tables.length).toBeGreaterThanOrEqual(8)
    // The news list's filter keys (lib/content/releaseKeysOnSqlite.ts) are kept out the same way.
    const keys = await (await sqlRunner(payload)).all('SELECT name FROM sqlite_master WHERE name = ?', [RELEASE_KEYS])
    expect(keys).toHaveLength(1)
    expect(
      [...push.statementsToExecute, ...push.warnings].filter((s) => /libsql_search|libsql_release_keys/.test(s)),
    ).toEqual([])
  })

  test('an index made before its list of words: prefixes found all the same, and the start lists its words once', async () => {
    const db = await sqlRunner(payload)
    const words = async () =>
      (await db.all<{ term: string }>(`SELECT term FROM ${TERMS} WHERE term GLOB 'sita*'`)).map((r) => r.term)
    // The rebuild above listed the words of what it indexed.
    expect(await words()).toEqual(['sitar'])
    await db.run(`DROP TABLE ${TERMS}`)
    await db.run(`DELETE FROM libsql_search_meta WHERE key = ?`, [TERMS_COMPLETE])
    // Until listed, FTS5 reads the prefix itself.
    expect(await titles('sita')).toEqual(['Sitar à Dakar', 'Sitar à Genève'])
    await prepareSearchIndex(payload)
    expect(await words()).toEqual(['sitar'])
    expect(await termsComplete(db)).toBe(true)
    expect(await titles('sita')).toEqual(['Sitar à Dakar', 'Sitar à Genève'])
  })

  test('a rebuild writes a fresh list of words: those of texts no longer indexed are gone', async () => {
    const db = await sqlRunner(payload)
    // A word whose only text was deleted: saves never remove a word from the list.
    await db.run(`INSERT INTO ${TERMS} (term) VALUES ('balafon')`)
    await rebuildSearchIndex(payload)
    const listed = await db.all<{ term: string }>(
      `SELECT term FROM ${TERMS} WHERE term IN ('balafon', 'sitar', 'tabla')`,
    )
    expect(listed.map((r) => r.term).sort()).toEqual(['sitar', 'tabla'])
    expect(await termsComplete(db)).toBe(true)
  })

  test('the start rebuilds a missing index from the documents', async () => {
    const db = await sqlRunner(payload)
    for (const table of [...Object.values(LIVE.fts), LIVE.entries, 'libsql_search_meta'])
      await db.run(`DROP TABLE ${table}`)
    await prepareSearchIndex(payload)
    expect(await titles('tabla')).toEqual(['Tabla à Lima'])
  })

  test('npm run search:reindex prints progress and rebuilds; refuses a database that is not there', async () => {
    const copy = path.join(tmpdir(), `passerelle-reindex-${process.pid}.db`)
    await copyFile((process.env.DATABASE_URI ?? '').replace(/^file:/, ''), copy)
    try {
      const done = await runJob('scripts/search-reindex.ts', [], {
        env: jobEnv({ DATABASE_URI: `file:${copy}` }),
        timeoutMs: 120_000,
      })
      expect(done.stderr).toBe('')
      expect(done.code).toBe(0)
      expect(done.stdout).toMatch(/press-releases: \d+\/\d+ documents/)
      expect(done.stdout).toMatch(/search index rebuilt: \d+ entries/)
    } finally {
      await rm(copy, { force: true })
    }
    const missing = await runJob('scripts/search-reindex.ts', [], {
      env: jobEnv({ DATABASE_URI: `file:${copy}.missing` }),
    })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^search:reindex: the database .* does not exist: nothing to index/)
    const usage = await runJob('scripts/search-reindex.ts', ['--batch', 'many'])
    expect(usage.code).toBe(2)
  }, 180_000)
})

mongoOnly('MongoDB: one text index without a language', () => {
  test('default_language none and a language_override no entry has, weights title > summary > body', async () => {
    const indexes = await payload.db.connection.collection(MONGO_COLLECTION).indexes()
    const text = indexes.find((i) => i.name === 'search_text')
    expect(text).toMatchObject({
      default_language: 'none',
      language_override: 'textLanguage',
      weights: { 'folded.title': 10, 'folded.summary': 4, 'folded.body': 1 },
    })
  })
})

// Last: these change the documents the tests above search for.
test('a rebuild that fails halfway leaves the index as it was (SQLite: and drops its unfinished tables)', async () => {
  await expect(
    rebuildSearchIndex(
      payload,
      () => {
        throw new Error('stopped halfway')
      },
      1,
    ),
  ).rejects.toThrow('stopped halfway')
  expect(await titles('sitar')).toEqual(['Sitar à Dakar', 'Sitar à Genève'])
  expect(await titles('tabla')).toEqual(['Tabla à Lima'])
  if (!onMongo) {
    const left = await (
      await sqlRunner(payload)
    ).all<{ name: string }>("SELECT name FROM sqlite_master WHERE name LIKE 'libsql_search%next%'")
    expect(left).toEqual([])
  }
})

test('during a rebuild searches answer, and saves and deletes made meanwhile are in the rebuilt index', async () => {
  const [geneva, lima] = await Promise.all(
    ['instrument-0', 'instrument-2'].map(
      async (slug) =>
        (await payload.find({ collection: 'press-releases', locale: 'fr', where: { slug: { equals: slug } } })).docs[0],
    ),
  )
  const during: string[][] = []
  await rebuildSearchIndex(
    payload,
    async ({ collection, done, total }) => {
      if (collection !== 'press-releases' || done !== total) return
      // Every release has been read: these changes reach the rebuilt index only by its catch-up.
      during.push(await titles('sitar'))
      await payload.update({
        collection: 'press-releases',
        id: geneva.id,
        locale: 'fr',
        data: { title: 'Sitar à Genève et Vienne' },
      })
      await payload.delete({ collection: 'press-releases', id: lima.id })
    },
    1,
  )
  expect(during).toEqual([['Sitar à Dakar', 'Sitar à Genève']])
  expect(await titles('vienne')).toEqual(['Sitar à Genève et Vienne'])
  expect(await titles('tabla')).toEqual([])
})
