/**
 * `npm run bench:generate -- --n 10000 [--db file:/tmp/bench.db] [--models 12]` — fills a database
 * for the benchmarks: the seed (pages, site structure, demo users), then N press releases, N/2 events
 * and N/20 offices in four locales, with progress lines.
 *
 * How: `--models` documents per collection are written through the Local API (every hook: slug,
 * search text, translation status, versions); the rest are copies of their stored rows with a new
 * title, slug, summary, searched text and dates per locale (cloneRows.ts), many per transaction —
 * the Local API writes about 10 documents a second here with four locales, the copy tens of
 * thousands of rows a second. The searched text (what the search index reads) is a few template
 * sentences and words of a Zipf-distributed vocabulary (text.ts realisticBody), so a word's share of
 * the documents ranges from most to a handful, as in a real archive; rich-text bodies are the models'.
 *
 * The database is migrated as the production server would (NODE_ENV=production, prodMigrations).
 */
import { parseJobArgs, wholeNumberProblem } from '../lib/parseJobArgs'
import { runScript } from '../lib/runScript'
import type { SqlClient } from './cloneRows'
import type { GeneratedCollection } from './models'
import { split } from './stats'

const tableOf: Record<GeneratedCollection, string> = {
  'press-releases': 'press_releases',
  events: 'events',
  offices: 'offices',
}
const DAY = 86_400_000

const { values } = parseJobArgs(
  {
    options: {
      n: { type: 'string', default: '1000' },
      db: { type: 'string' },
      models: { type: 'string', default: '12' },
    },
  },
  `Usage: npm run bench:generate -- [--n N] [--db file:/tmp/bench.db] [--models M]
  Fills a SQLite database with the seed, then N press releases, N/2 events and N/20 offices (M written through Payload per collection, the rest copied).`,
  ({ values }) =>
    wholeNumberProblem('n', values.n) ??
    wholeNumberProblem('models', values.models) ??
    (values.db && !values.db.startsWith('file:')
      ? `--db takes a SQLite address (file:…), not "${values.db}".`
      : undefined),
)

runScript(async () => {
  const n = Number(values.n)
  const modelsPerCollection = Number(values.models)
  Object.assign(process.env, {
    NODE_ENV: 'production',
    PAYLOAD_JOBS_AUTORUN: 'false',
    PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL ?? 'warn',
  })
  if (values.db) process.env.DATABASE_URI = values.db
  if (!process.env.PAYLOAD_SECRET) process.env.PAYLOAD_SECRET = 'bench-generator'
  if (!process.env.DATABASE_URI?.startsWith('file:'))
    throw new Error('The generator writes SQLite databases only: pass --db file:/tmp/….db')

  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { seedAll } = await import('../../seed/seedAll')
  const { slugify } = await import('../../lib/text/slugify')
  const { localeCodes } = await import('../../lib/i18n/locales')
  const { createModel, cloneText } = await import('./models')
  const { RowCloner } = await import('./cloneRows')
  const { rebuildReleaseKeys } = await import('../../lib/content/releaseKeysOnSqlite')

  const started = performance.now()
  const payload = await getPayload({ config })
  await seedAll(payload, { withDemoUsers: true })
  console.log(`seed: ${((performance.now() - started) / 1000).toFixed(1)} s`)

  const ids = async (collection: 'offices' | 'health-programmes' | 'events') =>
    (await payload.find({ collection, limit: 200, depth: 0, select: {}, pagination: false })).docs.map((d) => d.id)
  const related = {
    offices: await ids('offices'),
    programmes: await ids('health-programmes'),
    events: await ids('events'),
  }
  const counts = split(n)
  const cloner = await RowCloner.open((payload.db as unknown as { client: SqlClient }).client)
  const now = Date.now()
  const report: Record<string, { docs: number; models: number; modelsPerSecond: number; copiesPerSecond: number }> = {}

  // Offices first (events and releases point at them), then events, then releases.
  for (const collection of ['offices', 'events', 'press-releases'] as const) {
    const total = counts[collection]
    const modelCount = Math.min(total, modelsPerCollection)
    const modelStart = performance.now()
    const models: number[] = []
    for (let i = 0; i < modelCount; i++) models.push(await createModel(payload, collection, i, related))
    const modelSeconds = (performance.now() - modelStart) / 1000
    console.log(
      `${collection}: ${modelCount} models through the Local API in ${modelSeconds.toFixed(1)} s (${(modelCount / modelSeconds).toFixed(1)} documents/s, four locales)`,
    )

    const trees = await Promise.all(models.map((id) => cloner.load(tableOf[collection], id)))
    const table = tableOf[collection]
    const roleOf = (t: string) =>
      t === table || t === `_${table}_v`
        ? 'document'
        : t === `${table}_locales` || t === `_${table}_v_locales`
          ? 'locale'
          : 'other'
    const copyStart = performance.now()
    const copies = total - modelCount
    let lastLine = 0
    const newIds: number[] = []
    for (let j = 1; j <= copies; j++) {
      const index = modelCount + j
      // Dates spread evenly: releases over the last 20 years, events from 12 years ago to 3 years ahead.
      const at =
        collection === 'events'
          ? now - 12 * 365 * DAY + (index / total) * 15 * 365 * DAY
          : now - 20 * 365 * DAY + (index / total) * 20 * 365 * DAY
      const iso = new Date(Math.floor(at / 60_000) * 60_000).toISOString()
      const document = {
        created_at: iso,
        updated_at: iso,
        ...(collection === 'press-releases'
          ? { published_date: iso }
          : collection === 'events'
            ? { starts_at: iso, ends_at: new Date(at + 8 * 3600_000).toISOString() }
            : {}),
      }
      const locale: Record<string, Record<string, string>> = {}
      for (const code of localeCodes) {
        const text = cloneText(collection, index, code)
        locale[code] = {
          [collection === 'offices' ? 'name' : 'title']: text.title,
          slug: `${slugify(text.title).slice(0, 60).replace(/-+$/, '')}-${index}`,
          search_text: text.searchText,
          ...(collection === 'offices' ? {} : { summary: text.summary }),
        }
      }
      newIds.push(await cloner.clone(trees[j % trees.length], { document, locale }, roleOf))
      if (j % 500 === 0 || j === copies) {
        await cloner.flush()
        if (performance.now() - lastLine > 2000 || j === copies) {
          lastLine = performance.now()
          const seconds = (performance.now() - copyStart) / 1000
          console.log(
            `${collection}: ${modelCount + j}/${total} (${Math.round(j / seconds)} documents/s, ${cloner.rowsWritten} rows)`,
          )
        }
      }
    }
    const copySeconds = (performance.now() - copyStart) / 1000
    report[collection] = {
      docs: total,
      models: modelCount,
      modelsPerSecond: modelCount / modelSeconds,
      copiesPerSecond: copies > 0 ? copies / copySeconds : 0,
    }
    if (collection === 'offices') related.offices.push(...models, ...newIds.slice(0, 200))
    if (collection === 'events') related.events.push(...models)
  }
  // The copies went past the hooks: the news list's filter keys are written again from the releases.
  const keysStarted = performance.now()
  await rebuildReleaseKeys(payload)
  console.log(`news list's filter keys rebuilt in ${((performance.now() - keysStarted) / 1000).toFixed(1)} s`)
  // Read back through Payload: the counts, and the last copy by its slug in each locale, with its version.
  for (const collection of ['offices', 'events', 'press-releases'] as const) {
    const { totalDocs } = await payload.count({ collection, where: { sourceLocale: { exists: true } } })
    const last = (await payload.find({ collection, sort: '-id', limit: 1, depth: 0, locale: 'all' }))
      .docs[0] as unknown as {
      id: number
      slug: Record<string, string | null>
      searchText?: Record<string, string | null>
    }
    for (const code of localeCodes) {
      const slug = last.slug[code]
      if (!slug) continue
      const found = await payload.find({
        collection,
        locale: code,
        fallbackLocale: false,
        where: { slug: { equals: slug } },
        depth: 0,
        limit: 1,
        overrideAccess: false,
      })
      if (found.docs[0]?.id !== last.id)
        throw new Error(`${collection} ${last.id}: not found by its ${code} slug "${slug}"`)
    }
    const versions =
      collection === 'offices'
        ? null
        : await payload.findVersions({ collection, where: { parent: { equals: last.id } }, depth: 0, limit: 5 })
    const copied = report[collection].docs > report[collection].models
    if (versions && (copied ? versions.totalDocs !== 1 : versions.totalDocs < 1))
      throw new Error(`${collection} ${last.id}: ${versions.totalDocs} versions, expected ${copied ? 1 : 'some'}`)
    console.log(
      `check ${collection}: ${totalDocs} documents (seed included); copy ${last.id} found by its slug in ${localeCodes.filter((c) => last.slug[c]).join(', ')}${versions ? `, ${versions.totalDocs} version(s)` : ''}`,
    )
  }
  const seconds = (performance.now() - started) / 1000
  console.log(`generated N=${n} in ${seconds.toFixed(1)} s: ${JSON.stringify(report)}`)
  console.log(`GENERATE_REPORT ${JSON.stringify({ n, seconds, collections: report })}`)
  await payload.destroy()
})
