/**
 * `node scripts/run.mjs scripts/bench/explain.ts --db file:/tmp/bench.db` — runs the site's read
 * functions (lib/content) on a generated SQLite database outside Next (no cache) and prints, per
 * function, its time and the SQL it sent with SQLite's query plan: the tool used to choose indexes.
 * `--only search` limits it to the functions whose name contains the word.
 */
import { parseJobArgs } from '../lib/parseJobArgs'
import { runScript } from '../lib/runScript'
import type { SqlClient, SqlValue } from './cloneRows'
import { QUERY_KINDS } from './searchKinds'

const { values } = parseJobArgs(
  { options: { db: { type: 'string' }, only: { type: 'string' }, plans: { type: 'boolean', default: true } } },
  `Usage: node scripts/run.mjs scripts/bench/explain.ts --db file:/tmp/bench.db [--only WORD]
  Runs the site's read functions on a generated database and prints each one's SQL and query plan.`,
)

runScript(async () => {
  Object.assign(process.env, {
    NODE_ENV: 'production',
    PAYLOAD_JOBS_AUTORUN: 'false',
    PAYLOAD_LOG_LEVEL: 'warn',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-explain',
  })
  if (values.db) process.env.DATABASE_URI = values.db
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const news = await import('../../lib/content/pressReleases')
  const options = await import('../../lib/content/newsFilterOptions')
  const events = await import('../../lib/content/events')
  const programmes = await import('../../lib/content/programmes')
  const offices = await import('../../lib/content/offices')
  const { searchSite } = await import('../../lib/search/search')
  const { latestNews } = news
  const payload = await getPayload({ config })
  const client = (payload.db as unknown as { client: SqlClient }).client

  const release = (
    await payload.find({
      collection: 'press-releases',
      locale: 'en',
      where: { sourceLocale: { equals: 'en' } },
      sort: '-id',
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  const event = (
    await payload.find({
      collection: 'events',
      locale: 'fr',
      where: { sourceLocale: { equals: 'fr' } },
      sort: '-id',
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  const { totalPages } = await news.listNews('en', {})
  const newestYear = new Date(String(release?.publishedDate)).getUTCFullYear()
  const office = (await payload.find({ collection: 'offices', sort: 'id', limit: 1, depth: 0 })).docs[0]

  const programme = (
    await payload.find({ collection: 'health-programmes', locale: 'fr', sort: 'id', limit: 1, depth: 0 })
  ).docs[0]

  const log: { sql: string; args: SqlValue[]; ms: number }[] = []
  const execute = client.execute.bind(client)
  client.execute = async (statement) => {
    const started = performance.now()
    const result = await execute(statement)
    if (typeof statement !== 'string')
      log.push({ sql: statement.sql, args: statement.args, ms: performance.now() - started })
    return result
  }

  const calls: [string, () => Promise<unknown>][] = [
    ['latestNews(en, 5)', () => latestNews('en', 5)],
    ['listNews(en) page 1', () => news.listNews('en', {})],
    [`listNews(en) page ${totalPages}`, () => news.listNews('en', { page: totalPages })],
    ['listNews(fr) page 1', () => news.listNews('fr', {})],
    ['listNews(fr) page 50', () => news.listNews('fr', { page: 50 })],
    [`listNews(fr) year ${newestYear}`, () => news.listNews('fr', { year: newestYear })],
    [`listNews(fr) office ${office?.id}`, () => news.listNews('fr', { office: Number(office?.id) })],
    [`listNews(fr) country ${office?.country}`, () => news.listNews('fr', { country: String(office?.country) })],
    [`listNews(fr) programme ${programme?.id}`, () => news.listNews('fr', { programme: Number(programme?.id) })],
    ['listNews(fr) theme hiv', () => news.listNews('fr', { theme: 'hiv' })],
    ['newsFilterOptions(en)', () => options.newsFilterOptions('en')],
    ['newsFilterOptions(fr)', () => options.newsFilterOptions('fr')],
    [
      `newsFilterOptions(fr, country ${office?.country})`,
      () => options.newsFilterOptions('fr', { country: String(office?.country) }),
    ],
    [`getPressRelease(en, ${release?.slug})`, () => news.getPressRelease('en', String(release?.slug))],
    ['listEvents(en, upcoming)', () => events.listEvents('en', 'upcoming', 1, 10)],
    ['listEvents(fr, past) page 50', () => events.listEvents('fr', 'past', 50, 10)],
    ['listProgrammes(fr)', () => programmes.listProgrammes('fr', 200)],
    ['officeDirectory(fr)', () => offices.officeDirectory('fr')],
    [`officesInCountry(fr, ${office?.country})`, () => offices.officesInCountry('fr', String(office?.country))],
    [`getOffice(fr, ${office?.slug})`, () => offices.getOffice('fr', String(office?.slug))],
    [`getProgramme(fr, ${programme?.slug})`, () => programmes.getProgramme('fr', String(programme?.slug))],
    [`getEvent(fr, ${event?.slug})`, () => events.getEvent('fr', String(event?.slug))],
    ['searchSite(en, resilience)', () => searchSite('en', 'resilience', 1)],
    ['searchSite(en, xylophone)', () => searchSite('en', 'xylophone', 1)],
    ...(['common', 'rare', 'phrase', 'prefix'] as const).map((kind): [string, () => Promise<unknown>] => [
      `searchSite(fr, ${QUERY_KINDS[kind].fr})`,
      () => searchSite('fr', QUERY_KINDS[kind].fr, 1),
    ]),
  ]
  for (const [name, call] of calls) {
    if (values.only && !name.includes(values.only)) continue
    log.length = 0
    const started = performance.now()
    await call()
    const ms = performance.now() - started
    console.log(`\n### ${name}: ${ms.toFixed(1)} ms, ${log.length} queries`)
    for (const q of [...log].sort((a, b) => b.ms - a.ms).slice(0, 6)) {
      console.log(`  ${q.ms.toFixed(1)} ms  ${q.sql.slice(0, 400)}${q.sql.length > 400 ? '…' : ''}`)
      if (!values.plans) continue
      const plan = await execute({ sql: `EXPLAIN QUERY PLAN ${q.sql}`, args: q.args })
      for (const row of plan.rows) console.log(`      ${String((row as unknown as Record<string, unknown>).detail)}`)
    }
  }
  await payload.destroy()
})
