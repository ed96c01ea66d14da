/**
 * `npm run soak -- --minutes 10 [--n 1000] [--readers 6] [--save-every 2] [--skip-build]`
 *
 * Mixed traffic against the production server on a generated database: readers over every page type
 * (home, lists, details, offices, programmes, feeds), searches, addresses that do not exist (404 is
 * the intended answer there), and an editor saving press releases through REST every few seconds.
 * Reports errors (any other status ≥ 400, or no answer), request counts and latencies per minute, and
 * the server's memory after the warm-up, every minute and at the end: resident memory, and the memory it
 * keeps (heap and external after a full garbage collection, from heapProbe.cjs), which is what tells a
 * leak. The warm-up first requests every address of the run once, so that the page and data caches
 * are full before memory is first measured, then runs the mixed traffic for --warmup seconds.
 * JSON to bench/results/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { eventsListHref, newsListHref } from '../../lib/site/listPaths'
import { parseJobArgs, wholeNumberProblem } from '../lib/parseJobArgs'
import { runScript } from '../lib/runScript'
import { heapProbeEnv, retainedMb } from './heap'
import { timedGet } from './measure'
import {
  build,
  expireSiteCache,
  loadAverage,
  login,
  patchPressRelease,
  root,
  sampleDocuments,
  serverEnv,
  serverRssMb,
  start,
  type Target,
} from './server'
import { formatTable, growthPercent, percentile, trendGrowthPercent } from './stats'

type Kind = 'page' | 'search' | 'missing' | 'save'
const LOCALES = ['en', 'fr', 'es', 'ar'] as const
const WORDS = [
  'migration',
  'santé',
  'salud',
  'الهجرة',
  'tuberculosis',
  'Dakar',
  'resilience',
  'xylophone',
  'Genève',
  'VIH',
]

interface Minute {
  minute: number
  requests: Record<Kind, number>
  errors: number
  p50: number
  p99: number
  rssMb: number
  retainedMb: number
  loadAverage: number[]
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]

/** Runs the generator in its own process, as run.ts does. */
async function generate(n: number, databaseUri: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { run } = await import('../lib/server.mjs')
  await run(process.execPath, ['scripts/run.mjs', 'scripts/bench/generate.ts', '--n', String(n), '--db', databaseUri], {
    ...env,
    NODE_ENV: 'production',
  })
}

const { values } = parseJobArgs(
  {
    options: {
      minutes: { type: 'string', default: '10' },
      n: { type: 'string', default: '1000' },
      readers: { type: 'string', default: '6' },
      'save-every': { type: 'string', default: '2' },
      'skip-build': { type: 'boolean', default: false },
      warmup: { type: 'string', default: '60' },
    },
  },
  `Usage: npm run soak -- [--minutes M] [--n N] [--readers R] [--save-every S] [--warmup S] [--skip-build]
  Readers and an editor against the production server for M minutes; errors, latency and memory per minute.`,
  ({ values }) =>
    (['minutes', 'n', 'readers', 'save-every'] as const)
      .map((name) => wholeNumberProblem(name, values[name]))
      .find(Boolean) ?? wholeNumberProblem('warmup', values.warmup, 0),
)

runScript(async () => {
  const minutes = Number(values.minutes)
  const n = Number(values.n)
  const readers = Number(values.readers)
  const saveEverySeconds = Number(values['save-every'])
  const work = mkdtempSync(path.join(tmpdir(), 'passerelle-soak-'))
  const secret = `soak-${Date.now()}-${Math.random().toString(36).slice(2)}`
  const env = serverEnv(`file:${path.join(work, 'soak.db')}`, secret)
  const stamp = new Date().toISOString().slice(0, 16).replace(/:/g, '')
  try {
    await generate(n, env.DATABASE_URI as string, env)
    if (!values['skip-build']) await build(env)
    const probeDir = path.join(work, 'heap')
    mkdirSync(probeDir)
    const server = await start(heapProbeEnv(env, probeDir))
    const retained = async () => {
      const { heap, external } = await retainedMb(probeDir)
      return heap + external
    }
    try {
      await expireSiteCache(server.baseURL, secret)
      const base = server.baseURL
      const releases = (await Promise.all(LOCALES.map((l) => sampleDocuments(base, 'press-releases', l, 50, 1)))).flat()
      const events = (await Promise.all(LOCALES.map((l) => sampleDocuments(base, 'events', l, 30, 1)))).flat()
      const lastNewsPage = Math.max(1, Math.floor(n / 10))
      const pagePaths = (): string => {
        const l = pick(LOCALES)
        const r = Math.random()
        if (r < 0.1) return `/${l}`
        if (r < 0.25)
          return newsListHref(l, { page: Math.random() < 0.5 ? 1 : 1 + Math.floor(Math.random() * lastNewsPage) })
        if (r < 0.55) {
          const t = pick(releases)
          return `/${t.locale}/news/${t.slug}`
        }
        if (r < 0.7) {
          const t = pick(events)
          return `/${t.locale}/events/${t.slug}`
        }
        if (r < 0.78) return eventsListHref(l, { when: Math.random() < 0.5 ? 'upcoming' : 'past' })
        if (r < 0.85) return `/${l}/offices`
        if (r < 0.9) return `/${l}/programmes`
        if (r < 0.95) return `/${l}/news/rss.xml`
        return `/${l}/events/calendar.ics`
      }
      /** Every address the readers can ask for, but the random ones that do not exist. */
      const everyPath = (): string[] => [
        ...LOCALES.flatMap((l) => [
          `/${l}`,
          `/${l}/news`,
          ...Array.from({ length: lastNewsPage }, (_, i) => newsListHref(l, { page: i + 1 })),
          `/${l}/events`,
          eventsListHref(l, { when: 'past' }),
          `/${l}/offices`,
          `/${l}/programmes`,
          `/${l}/news/rss.xml`,
          `/${l}/events/calendar.ics`,
          ...WORDS.map((w) => `/${l}/search?q=${encodeURIComponent(w)}`),
        ]),
        ...releases.map((t) => `/${t.locale}/news/${t.slug}`),
        ...events.map((t) => `/${t.locale}/events/${t.slug}`),
      ]

      let running = true
      let current: { requests: Record<Kind, number>; errors: number; times: number[] } = {
        requests: { page: 0, search: 0, missing: 0, save: 0 },
        errors: 0,
        times: [],
      }
      const errorSamples: string[] = []
      const record = (kind: Kind, ms: number, ok: boolean, what: string) => {
        current.requests[kind]++
        current.times.push(ms)
        if (!ok) {
          current.errors++
          if (errorSamples.length < 20) errorSamples.push(what)
        }
      }
      const reader = async () => {
        while (running) {
          const r = Math.random()
          if (r < 0.8) {
            const p = pagePaths()
            const { ms, status } = await timedGet(`${base}${p}`)
            record('page', ms, status > 0 && status < 400, `${status} ${p}`)
          } else if (r < 0.95) {
            const l = pick(LOCALES)
            const p = `/${l}/search?q=${encodeURIComponent(pick(WORDS))}`
            const { ms, status } = await timedGet(`${base}${p}`)
            record('search', ms, status === 200, `${status} ${p}`)
          } else {
            const p = `/${pick(LOCALES)}/news/no-such-release-${Math.floor(Math.random() * 1e6)}`
            const { ms, status } = await timedGet(`${base}${p}`)
            record('missing', ms, status === 404, `${status} ${p} (404 expected)`)
          }
        }
      }
      const token = await login(base)
      const editor = async () => {
        let i = 0
        while (running) {
          const target: Target = pick(releases)
          const started = performance.now()
          const status = await patchPressRelease(base, token, target.id, target.locale, {
            summary: `Soak save ${++i} at ${new Date().toISOString()}.`,
          }).catch(() => 0)
          record(
            'save',
            performance.now() - started,
            status === 200,
            `${status} PATCH press-releases/${target.id}?locale=${target.locale}`,
          )
          await new Promise((r) => setTimeout(r, saveEverySeconds * 1000))
        }
      }

      const addresses = everyPath()
      const crawlStarted = performance.now()
      let crawlErrors = 0
      await Promise.all(
        Array.from({ length: readers }, async (_, worker) => {
          for (let i = worker; i < addresses.length; i += readers) {
            const { status } = await timedGet(`${base}${addresses[i]}`)
            if (status === 0 || status >= 400) crawlErrors++
          }
        }),
      )
      console.log(
        `soak: warm-up crawl of ${addresses.length} addresses in ${((performance.now() - crawlStarted) / 1000).toFixed(0)} s, ${crawlErrors} errors`,
      )
      console.log(
        `soak: warming up for ${values.warmup} s (${readers} readers, an editor saving every ${saveEverySeconds} s)`,
      )
      const workers = [...Array.from({ length: readers }, reader), editor()]
      await new Promise((r) => setTimeout(r, Number(values.warmup) * 1000))
      const warmup = current
      current = { requests: { page: 0, search: 0, missing: 0, save: 0 }, errors: 0, times: [] }
      const rssStart = serverRssMb(server.pid)
      const retainedStart = await retained()
      console.log(
        `soak: ${minutes} min from now; after warm-up RSS ${rssStart} MB, kept ${retainedStart} MB (warm-up: ${warmup.times.length} requests, ${warmup.errors} errors)`,
      )
      const perMinute: Minute[] = []
      for (let minute = 1; minute <= minutes; minute++) {
        await new Promise((r) => setTimeout(r, 60_000))
        const done = current
        current = { requests: { page: 0, search: 0, missing: 0, save: 0 }, errors: 0, times: [] }
        const row: Minute = {
          minute,
          requests: done.requests,
          errors: done.errors,
          p50: percentile(done.times, 50),
          p99: percentile(done.times, 99),
          rssMb: serverRssMb(server.pid),
          retainedMb: await retained(),
          loadAverage: loadAverage(),
        }
        perMinute.push(row)
        console.log(
          `  minute ${minute}: ${done.times.length} requests (${Object.entries(done.requests)
            .map(([k, v]) => `${k} ${v}`)
            .join(
              ', ',
            )}), errors ${done.errors}, p50 ${row.p50.toFixed(0)} ms, p99 ${row.p99.toFixed(0)} ms, RSS ${row.rssMb} MB, kept ${row.retainedMb} MB, load ${row.loadAverage.join(' ')}`,
        )
      }
      running = false
      await Promise.all(workers)
      const rssEnd = serverRssMb(server.pid)
      const retainedEnd = await retained()
      const totals = perMinute.reduce(
        (sum, m) => {
          for (const kind of Object.keys(sum) as Kind[]) sum[kind] += m.requests[kind]
          return sum
        },
        { page: 0, search: 0, missing: 0, save: 0 } as Record<Kind, number>,
      )
      const errors = perMinute.reduce((sum, m) => sum + m.errors, 0)
      const result = {
        minutes,
        n,
        readers,
        saveEverySeconds,
        startedAt: new Date(Date.now() - minutes * 60_000).toISOString(),
        totals,
        errors,
        errorSamples,
        rssMb: {
          start: rssStart,
          end: rssEnd,
          max: Math.max(rssStart, rssEnd, ...perMinute.map((m) => m.rssMb)),
          growthPercent: growthPercent(rssStart, rssEnd),
          trendPercent: trendGrowthPercent([rssStart, ...perMinute.map((m) => m.rssMb)]),
        },
        retainedMb: {
          start: retainedStart,
          end: retainedEnd,
          max: Math.max(retainedStart, retainedEnd, ...perMinute.map((m) => m.retainedMb)),
          growthPercent: growthPercent(retainedStart, retainedEnd),
          trendPercent: trendGrowthPercent([retainedStart, ...perMinute.map((m) => m.retainedMb)]),
        },
        perMinute,
        warmup: {
          crawledAddresses: addresses.length,
          crawlErrors,
          seconds: Number(values.warmup),
          requests: warmup.times.length,
          errors: warmup.errors,
        },
      }
      console.log(
        formatTable(
          [
            'minute',
            'pages',
            'searches',
            '404s',
            'saves',
            'errors',
            'p50 ms',
            'p99 ms',
            'RSS MB',
            'kept MB',
            'load 1m',
          ],
          perMinute.map((m) => [
            m.minute,
            m.requests.page,
            m.requests.search,
            m.requests.missing,
            m.requests.save,
            m.errors,
            m.p50,
            m.p99,
            m.rssMb,
            m.retainedMb,
            m.loadAverage[0],
          ]),
        ),
      )
      console.log(
        `soak: ${Object.values(totals).reduce((a, b) => a + b, 0)} requests, ${errors} errors${errorSamples.length ? ` (e.g. ${errorSamples.slice(0, 3).join('; ')})` : ''}; RSS ${rssStart} → ${rssEnd} MB (${result.rssMb.growthPercent.toFixed(1)} %, max ${result.rssMb.max} MB; trend over the run ${result.rssMb.trendPercent.toFixed(1)} %); kept after a full collection ${retainedStart} → ${retainedEnd} MB (${result.retainedMb.growthPercent.toFixed(1)} %, trend ${result.retainedMb.trendPercent.toFixed(1)} %)`,
      )
      const out = path.join(root, 'bench/results')
      mkdirSync(out, { recursive: true })
      writeFileSync(path.join(out, `${stamp}-soak.json`), `${JSON.stringify(result, null, 2)}\n`)
      console.log(`JSON in bench/results/${stamp}-soak.json`)
      return errors === 0 ? 0 : 1
    } finally {
      await server.stop()
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
})
