/**
 * `node scripts/run.mjs scripts/bench/searchQueries.ts --db file:/tmp/bench.db [--samples 20]`
 *
 * The search index's own latency, without HTTP or rendering: each query kind (common word, rare
 * match, phrase, prefix, no match) in each locale, read `--samples` times through searchSite outside
 * Next (no data cache: every call reads the index, as the first search after a publish does).
 * Prints p50/p99 per kind and a SEARCH_QUERIES_REPORT line (JSON) for scripts/bench/run.ts.
 */
import { parseJobArgs, wholeNumberProblem } from '../lib/parseJobArgs'
import { runScript } from '../lib/runScript'
import { QUERY_KINDS } from './searchKinds'
import { percentile } from './stats'

const { values } = parseJobArgs(
  { options: { db: { type: 'string' }, samples: { type: 'string', default: '20' } } },
  `Usage: node scripts/run.mjs scripts/bench/searchQueries.ts --db file:/tmp/bench.db [--samples 20]`,
  ({ values }) => (values.db ? wholeNumberProblem('samples', values.samples) : '--db is required.'),
)

runScript(async () => {
  process.env.DATABASE_URI = values.db
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { searchSite } = await import('../../lib/search/search')
  const payload = await getPayload({ config })
  const samples = Number(values.samples)
  const report: Record<string, { p50: number; p99: number; matches: Record<string, number> }> = {}
  for (const [kind, byLocale] of Object.entries(QUERY_KINDS)) {
    const times: number[] = []
    const matches: Record<string, number> = {}
    for (let i = 0; i < samples; i++)
      for (const [locale, query] of Object.entries(byLocale)) {
        const started = performance.now()
        const results = await searchSite(locale as keyof typeof byLocale, query, 1)
        times.push(performance.now() - started)
        matches[locale] = results.totalDocs
      }
    report[kind] = { p50: percentile(times, 50), p99: percentile(times, 99), matches }
    console.log(
      `${kind}: p50 ${report[kind].p50.toFixed(1)} ms, p99 ${report[kind].p99.toFixed(1)} ms (${times.length} queries; matches ${JSON.stringify(matches)})`,
    )
  }
  console.log(`SEARCH_QUERIES_REPORT ${JSON.stringify(report)}`)
  await payload.destroy()
  return 0
})
