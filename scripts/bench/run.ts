/**
 * `npm run bench -- --n 1000,10000[,100000] [--duration 10] [--connections 10] [--cold 20] [--skip-build]`
 *
 * For each N: a fresh SQLite database filled by generate.ts, the production server on it (one build,
 * reused), then per page type (home, news list, news detail, event detail, search, search without
 * match, and one search per query kind: common word, rare match, phrase, prefix): autocannon on the
 * cached pages, sequential cold requests, server memory; publish-to-visible; the search index's
 * rebuild time (generate.ts copies rows outside Payload, so the index is rebuilt after it); and at
 * the end the growth from the smallest to the largest N. `--pages search,news` keeps the page types
 * whose name starts with one of those. Prints tables and writes JSON to
 * bench/results/. Numbers depend on the machine's load: the load average is recorded with them.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { collectionTag } from '../../lib/content/tags'
import { newsListHref } from '../../lib/site/listPaths'
import { parseJobArgs, wholeNumberProblem } from '../lib/parseJobArgs'
import { runScript } from '../lib/runScript'
import {
  cold,
  load,
  publishToVisible,
  timedGet,
  type LoadResult,
  type PublishResult,
  type TimedResult,
} from './measure'
import {
  build,
  expireSiteCache,
  loadAverage,
  login,
  root,
  sampleDocuments,
  serverEnv,
  serverRssMb,
  start,
  type RunningServer,
} from './server'
import { QUERY_KINDS } from './searchKinds'
import { generate, jobReport } from './generateDatabase'
import { formatTable, growthRatio, split } from './stats'

const ALL_PAGE_TYPES = [
  'home',
  'news-list',
  'news-detail',
  'event-detail',
  'search',
  'search-miss',
  'search-common',
  'search-rare',
  'search-phrase',
  'search-prefix',
] as const
type PageType = (typeof ALL_PAGE_TYPES)[number]
let PAGE_TYPES: readonly PageType[] = ALL_PAGE_TYPES
const LOCALES = ['en', 'fr', 'es', 'ar'] as const
const SEARCH_WORDS: Record<(typeof LOCALES)[number], string> = {
  en: 'resilience',
  fr: 'résilience',
  es: 'resiliencia',
  ar: 'الصمود',
}
const searchPaths = (query: (l: (typeof LOCALES)[number]) => string) => {
  const paths = LOCALES.map((l) => `/${l}/search?q=${encodeURIComponent(query(l))}`)
  return { cached: paths, cold: paths }
}

interface PageResult {
  paths: number
  cached: LoadResult & { rssMb: number }
  cold: TimedResult
  /**
   * News list and search: cold as after a press release's publish (issue 12's "first request after a
   * publish"), which expires the releases' tag — the list, its years, every search's results — but not
   * the offices', programmes' or the site frame's (menus, header and footer stay cached).
   */
  coldAfterRelease?: TimedResult
}

interface RunResult {
  n: number
  documents: ReturnType<typeof split>
  generate: unknown
  /** `npm run search:reindex` on the generated database: its REINDEX_REPORT (documents, entries, seconds). */
  reindex: unknown
  /** scripts/bench/searchQueries.ts: the index's own latency per query kind, outside HTTP and rendering. */
  searchQueries: unknown
  startedAt: string
  loadAverageStart: number[]
  loadAverageEnd: number[]
  settings: { duration: number; connections: number; coldSamples: number }
  rssMb: { afterStart: number; afterWarm: number; end: number }
  pages: Record<PageType, PageResult>
  publishToVisible: PublishResult
}

async function pathsFor(
  server: RunningServer,
  n: number,
): Promise<Record<PageType, { cached: string[]; cold: string[] }>> {
  const releases = (
    await Promise.all(LOCALES.map((l) => sampleDocuments(server.baseURL, 'press-releases', l, 30, 2)))
  ).flat()
  const events = (await Promise.all(LOCALES.map((l) => sampleDocuments(server.baseURL, 'events', l, 30, 1)))).flat()
  const news = releases.map((t) => `/${t.locale}/news/${t.slug}`)
  const eventPages = events.map((t) => `/${t.locale}/events/${t.slug}`)
  const lastPage = Math.max(1, Math.floor(n / 10))
  return {
    home: { cached: LOCALES.map((l) => `/${l}`), cold: LOCALES.map((l) => `/${l}`) },
    'news-list': {
      cached: LOCALES.map((l) => `/${l}/news`),
      cold: LOCALES.flatMap((l) => [
        `/${l}/news`,
        newsListHref(l, { page: Math.ceil(lastPage / 2) }),
        newsListHref(l, { page: lastPage }),
      ]),
    },
    'news-detail': { cached: news.filter((_, i) => i % 3 === 0), cold: news.filter((_, i) => i % 3 === 1) },
    'event-detail': {
      cached: eventPages.filter((_, i) => i % 3 === 0),
      cold: eventPages.filter((_, i) => i % 3 === 1),
    },
    search: {
      cached: LOCALES.map((l) => `/${l}/search?q=${encodeURIComponent(SEARCH_WORDS[l])}`),
      cold: LOCALES.map((l) => `/${l}/search?q=${encodeURIComponent(SEARCH_WORDS[l])}`),
    },
    'search-miss': {
      cached: LOCALES.map((l) => `/${l}/search?q=xylophone`),
      cold: LOCALES.map((l) => `/${l}/search?q=xylophone`),
    },
    'search-common': searchPaths((l) => QUERY_KINDS.common[l]),
    'search-rare': searchPaths((l) => QUERY_KINDS.rare[l]),
    'search-phrase': searchPaths((l) => QUERY_KINDS.phrase[l]),
    'search-prefix': searchPaths((l) => QUERY_KINDS.prefix[l]),
  }
}

async function benchOne(n: number, work: string, secret: string, options: RunResult['settings']): Promise<RunResult> {
  const databaseUri = `file:${path.join(work, `bench-${n}.db`)}`
  const env = serverEnv(databaseUri, secret)
  const loadAverageStart = loadAverage()
  console.log(`\n== N = ${n}: generating (load average ${loadAverageStart.join(' ')})`)
  // --from: a copy of a database generated before for this N (the run writes to it: publishes, saves).
  const source = copyFrom[n]
  if (source) copyFileSync(source, databaseUri.slice('file:'.length))
  const generated = source ? { copiedFrom: source } : await generate(n, databaseUri, env)
  // The generator copies rows outside Payload: the index is rebuilt, then its own latency measured.
  const reindexed = await jobReport('scripts/search-reindex.ts', [], 'REINDEX_REPORT', env)
  const searchQueries = await jobReport(
    'scripts/bench/searchQueries.ts',
    ['--db', databaseUri, '--samples', '10'],
    'SEARCH_QUERIES_REPORT',
    env,
  )
  const server = await start(env)
  try {
    // Entries left on disk by the build or an earlier run belong to another database: expire them all.
    await expireSiteCache(server.baseURL, secret)
    const afterStart = serverRssMb(server.pid)
    const paths = await pathsFor(server, n)
    for (const type of PAGE_TYPES) for (const p of paths[type].cached) await timedGet(`${server.baseURL}${p}`)
    const afterWarm = serverRssMb(server.pid)
    const pages = {} as Record<PageType, PageResult>
    for (const type of PAGE_TYPES) {
      // Twice: the first fills the page cache if the warm-up did not (a page's first render).
      for (const p of paths[type].cached) await timedGet(`${server.baseURL}${p}`)
      const cachedResult = await load(server.baseURL, paths[type].cached, options.duration, options.connections)
      const rssMb = serverRssMb(server.pid)
      const coldResult = await cold(server.baseURL, paths[type].cold, options.coldSamples, secret)
      pages[type] = { paths: paths[type].cached.length, cached: { ...cachedResult, rssMb }, cold: coldResult }
      if (type === 'news-list' || type.startsWith('search')) {
        const afterRelease = await cold(server.baseURL, paths[type].cold, options.coldSamples, secret, [
          collectionTag('press-releases'),
        ])
        pages[type].coldAfterRelease = afterRelease
        console.log(
          `  ${type} after a release's publish: cold p50 ${afterRelease.p50.toFixed(0)} ms p99 ${afterRelease.p99.toFixed(0)} ms`,
        )
      }
      console.log(
        `  ${type}: cached ${Math.round(cachedResult.rps)} req/s p50 ${cachedResult.p50} ms p99 ${cachedResult.p99} ms, errors ${cachedResult.errors}; cold p50 ${coldResult.p50.toFixed(0)} ms p99 ${coldResult.p99.toFixed(0)} ms; RSS ${rssMb} MB`,
      )
    }
    const token = await login(server.baseURL)
    const targets = (await sampleDocuments(server.baseURL, 'press-releases', 'en', 5, 3)).slice(0, 5)
    const publish = await publishToVisible(server.baseURL, token, targets)
    console.log(
      `  publish-to-visible: median ${publish.medianMs.toFixed(0)} ms (${publish.samples.join(', ')} ms; PATCH ${publish.patchMedianMs.toFixed(0)} ms), failures ${publish.failures}`,
    )
    return {
      n,
      documents: split(n),
      generate: generated,
      reindex: reindexed,
      searchQueries,
      startedAt: new Date().toISOString(),
      loadAverageStart,
      loadAverageEnd: loadAverage(),
      settings: options,
      rssMb: { afterStart, afterWarm, end: serverRssMb(server.pid) },
      pages,
      publishToVisible: publish,
    }
  } finally {
    await server.stop()
  }
}

function resultTable(results: readonly RunResult[]): string {
  const rows = results.flatMap((r) =>
    PAGE_TYPES.map((type) => {
      const p = r.pages[type]
      return [
        r.n,
        type,
        Math.round(p.cached.rps),
        p.cached.p50,
        p.cached.p99,
        p.cached.errors,
        Math.round(p.cold.p50),
        Math.round(p.cold.p99),
        p.cold.errors,
        p.coldAfterRelease && Math.round(p.coldAfterRelease.p50),
        p.coldAfterRelease && Math.round(p.coldAfterRelease.p99),
        p.cached.rssMb,
      ]
    }),
  )
  return formatTable(
    [
      'N',
      'page',
      'cached req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'cold p50 ms',
      'cold p99 ms',
      'cold errors',
      'after publish p50',
      'p99',
      'RSS MB',
    ],
    rows,
  )
}

function growthTable(results: readonly RunResult[]) {
  const first = results[0]
  const last = results[results.length - 1]
  const growth = PAGE_TYPES.map((type) => ({
    page: type,
    cachedP50: growthRatio(first.pages[type].cached.p50, last.pages[type].cached.p50),
    cachedRps: growthRatio(last.pages[type].cached.rps, first.pages[type].cached.rps),
    coldP50: growthRatio(first.pages[type].cold.p50, last.pages[type].cold.p50),
  }))
  const text = formatTable(
    ['page', `cached p50 ×`, `cached req/s ÷`, `cold p50 ×`],
    growth.map((g) => [g.page, g.cachedP50, g.cachedRps, g.coldP50]),
  )
  return { from: first.n, to: last.n, growth, text }
}

const { values } = parseJobArgs(
  {
    options: {
      n: { type: 'string', default: '1000,10000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      cold: { type: 'string', default: '20' },
      'skip-build': { type: 'boolean', default: false },
      pages: { type: 'string' },
      keep: { type: 'boolean', default: false },
      from: { type: 'string' },
    },
  },
  `Usage: npm run bench -- [--n 1000,10000] [--duration S] [--connections C] [--cold K] [--pages search,news] [--skip-build] [--keep] [--from N=/tmp/bench.db,…]
  Builds, then per N: a fresh generated database, its search index rebuilt, the production server, load and cold
  timings per page type (--pages: only the types whose name starts with one of these; --from: copy this file,
  made by npm run bench:generate with the same N, instead of generating).`,
  ({ values }) =>
    values.n
      .split(',')
      .map((n) => wholeNumberProblem('n', n))
      .find(Boolean) ??
    wholeNumberProblem('duration', values.duration) ??
    wholeNumberProblem('connections', values.connections) ??
    wholeNumberProblem('cold', values.cold) ??
    Object.values(sourcesOf(values.from))
      .find((file) => !existsSync(file))
      ?.replace(/^/, '--from: no such file: '),
)

/** `--from 100000=/tmp/a.db,1000=/tmp/b.db`: generated databases to copy, by N. */
function sourcesOf(from: string | undefined): Record<number, string> {
  return Object.fromEntries(
    (from ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const [n, file] = pair.split('=')
        return [Number(n), file?.replace(/^file:/, '') ?? '']
      }),
  )
}
const copyFrom = sourcesOf(values.from)

runScript(async () => {
  if (values.pages) {
    const prefixes = values.pages.split(',')
    PAGE_TYPES = ALL_PAGE_TYPES.filter((type) => prefixes.some((p) => type.startsWith(p)))
  }
  const sizes = values.n
    .split(',')
    .map(Number)
    .sort((a, b) => a - b)
  const settings = {
    duration: Number(values.duration),
    connections: Number(values.connections),
    coldSamples: Number(values.cold),
  }
  const work = mkdtempSync(path.join(tmpdir(), 'passerelle-bench-'))
  const secret = `bench-${Date.now()}-${Math.random().toString(36).slice(2)}`
  const stamp = new Date().toISOString().slice(0, 16).replace(/:/g, '')
  const out = path.join(root, 'bench/results')
  mkdirSync(out, { recursive: true })
  const results: RunResult[] = []
  try {
    if (!values['skip-build'] || !existsSync(path.join(root, '.next/BUILD_ID'))) {
      const buildDb = `file:${path.join(work, 'build.db')}`
      const env = serverEnv(buildDb, secret)
      console.log('== build: a small database for the pages read at build time, then next build')
      await generate(20, buildDb, env)
      await build(env)
    }
    for (const n of sizes) {
      const result = await benchOne(n, work, secret, settings)
      results.push(result)
      writeFileSync(path.join(out, `${stamp}-n${n}.json`), `${JSON.stringify(result, null, 2)}\n`)
      if (!values.keep) rmSync(path.join(work, `bench-${n}.db`), { force: true })
    }
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true })
  }
  console.log(
    `\nCached: ${settings.connections} connections for ${settings.duration} s per page type. Cold: ${settings.coldSamples} sequential requests, the whole site cache (pages and data) expired before each; after publish: only the press releases' tag expired before each, as a release's publish does.`,
  )
  console.log(resultTable(results))
  for (const r of results)
    console.log(
      `N=${r.n}: publish-to-visible median ${r.publishToVisible.medianMs.toFixed(0)} ms; RSS after start ${r.rssMb.afterStart} MB, end ${r.rssMb.end} MB; load average ${r.loadAverageStart.join(' ')} → ${r.loadAverageEnd.join(' ')}`,
    )
  if (results.length > 1) {
    const growth = growthTable(results)
    console.log(
      `\nGrowth from N=${growth.from} to N=${growth.to} (latency ratio; req/s ratio as a slowdown):\n${growth.text}`,
    )
    writeFileSync(
      path.join(out, `${stamp}-growth.json`),
      `${JSON.stringify({ from: growth.from, to: growth.to, growth: growth.growth }, null, 2)}\n`,
    )
  }
  console.log(`\nJSON in ${path.relative(root, out)}/${stamp}-*.json`)
})
