/**
 * `npm run bench:pages -- [--n 200] [--duration 10] [--connections 50] [--rounds 2] [--skip-build]`
 *
 * How fast the site serves its cached pages, against two references measured in the same run on
 * the same machine: the same build's own 404 (Next's prebuilt page: the framework's floor) and
 * nginx serving the same page's saved HTML as a static file. Per page type (home, each list
 * unfiltered, filtered and page 2, each detail) in the four locales, autocannon runs A (the site)
 * then B (nginx), and the floor once per round; the rounds repeat it all (A B A B), so a change in
 * the machine's load shows as a difference between rounds rather than between page types. The
 * server's CPU time per request is recorded too: on a machine shared with other work it moves less
 * than req/s. Prints a table and writes bench/results/<stamp>-pages.json.
 *
 * Targets (issue 11): each cached page ≥ 90 % of the floor's req/s, p99 < 100 ms.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { localeCodes, type LocaleCode } from '../../lib/i18n/locales'
import { eventsListHref, newsListHref } from '../../lib/site/listPaths'
import { parseJobArgs, wholeNumberProblem } from '../lib/parseJobArgs'
import { runScript } from '../lib/runScript'
import { generate } from './generateDatabase'
import { load, timedGet, type LoadResult } from './measure'
import { build, expireSiteCache, loadAverage, root, serverCpuMs, serverEnv, start } from './server'
import { saveStaticPage, startNginx } from './staticServer'
import { formatTable } from './stats'

/** Next's own prebuilt 404: an address under /_next/ that no file has (no route, no proxy). */
const FLOOR_PATH = '/_next/static/not-a-file'

type PagePaths = Record<string, string[]>

interface Measured extends LoadResult {
  cpuMsPerRequest: number | null
}

interface Row {
  page: string
  paths: string[]
  rounds: { site: Measured; nginx: Measured }[]
}

const { values } = parseJobArgs(
  {
    options: {
      n: { type: 'string', default: '200' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '2' },
      'skip-build': { type: 'boolean', default: false },
    },
  },
  `Usage: npm run bench:pages -- [--n N] [--duration S] [--connections C] [--rounds R] [--skip-build]
  Builds (unless --skip-build and a build exists), fills a database (N press releases), starts the production
  server and nginx on 127.0.0.1, then per page type: the site, nginx serving its saved HTML, and the build's
  own 404, R rounds of S seconds each at C connections. Writes bench/results/<stamp>-pages.json.`,
  ({ values }) =>
    wholeNumberProblem('n', values.n) ??
    wholeNumberProblem('duration', values.duration) ??
    wholeNumberProblem('connections', values.connections) ??
    wholeNumberProblem('rounds', values.rounds),
)

async function html(url: string): Promise<string> {
  const { status, body } = await timedGet(url)
  if (status !== 200) throw new Error(`GET ${url}: ${status}`)
  return body
}

/** The first link of a page whose address matches `pattern` (the whole path). */
async function firstLink(url: string, pattern: RegExp): Promise<string> {
  const found = [...(await html(url)).matchAll(/href="([^"?#]+)"/g)].map((m) => m[1]).find((h) => pattern.test(h))
  if (!found) throw new Error(`no link matching ${pattern} on ${url}`)
  return found
}

/** One address per locale of every page type, found from the site's own pages and links. */
async function pagePaths(baseURL: string): Promise<PagePaths> {
  const perLocale = await Promise.all(
    localeCodes.map(async (l: LocaleCode) => {
      const detail = (section: string) =>
        new RegExp(`^/${l}/${section}/(?!rss\\.xml$|calendar\\.ics$|page/)[a-z0-9-]+$`)
      const news = await html(`${baseURL}${newsListHref(l)}`)
      const year = /<option value="(\d{4})">/.exec(news)?.[1]
      if (!year) throw new Error(`no year to filter by on ${newsListHref(l)}`)
      return {
        home: `/${l}`,
        'news list': newsListHref(l),
        'news list, year filter': newsListHref(l, { year: Number(year) }),
        'news list, page 2': newsListHref(l, { page: 2 }),
        'events list': eventsListHref(l, { when: 'upcoming' }),
        'events list, past': eventsListHref(l, { when: 'past' }),
        'events list, past, page 2': eventsListHref(l, { when: 'past', page: 2 }),
        'offices list': `/${l}/offices`,
        'programmes list': `/${l}/programmes`,
        'news detail': await firstLink(`${baseURL}${newsListHref(l)}`, detail('news')),
        'event detail': await firstLink(`${baseURL}${eventsListHref(l, { when: 'past' })}`, detail('events')),
        'office detail': await firstLink(`${baseURL}/${l}/offices`, detail('offices')),
        'programme detail': await firstLink(`${baseURL}/${l}/programmes`, detail('programmes')),
      }
    }),
  )
  const byType: PagePaths = {}
  for (const paths of perLocale) for (const [type, p] of Object.entries(paths)) (byType[type] ??= []).push(p)
  return byType
}

async function measure(
  baseURL: string,
  paths: readonly string[],
  settings: { duration: number; connections: number },
  pgid?: number,
): Promise<Measured> {
  const before = pgid ? serverCpuMs(pgid) : 0
  const result = await load(baseURL, paths, settings.duration, settings.connections)
  const cpu = pgid ? serverCpuMs(pgid) - before : null
  return { ...result, cpuMsPerRequest: cpu !== null && result.requests > 0 ? cpu / result.requests : null }
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const round2 = (x: number) => Math.round(x * 100) / 100
const percent = (x: number) => `${Math.round(x * 100)} %`

runScript(async () => {
  const settings = { duration: Number(values.duration), connections: Number(values.connections) }
  const rounds = Number(values.rounds)
  const work = mkdtempSync(path.join(tmpdir(), 'passerelle-bench-pages-'))
  // nginx's workers run as `nobody` when started as root: they must be able to read the saved pages.
  chmodSync(work, 0o755)
  const secret = `bench-${Date.now()}-${Math.random().toString(36).slice(2)}`
  const stamp = new Date().toISOString().slice(0, 16).replace(/:/g, '')
  const out = path.join(root, 'bench/results')
  mkdirSync(out, { recursive: true })
  const stops: (() => Promise<void>)[] = []
  try {
    if (!values['skip-build'] || !existsSync(path.join(root, '.next/BUILD_ID'))) {
      const buildDb = `file:${path.join(work, 'build.db')}`
      console.log('== build: a small database for the pages read at build time, then next build')
      await generate(20, buildDb, serverEnv(buildDb, secret))
      await build(serverEnv(buildDb, secret))
    }
    const databaseUri = `file:${path.join(work, 'pages.db')}`
    const env = serverEnv(databaseUri, secret)
    console.log(`== database: ${values.n} press releases (and the events and offices that go with them)`)
    await generate(Number(values.n), databaseUri, env)
    const server = await start(env)
    stops.push(server.stop)
    await expireSiteCache(server.baseURL, secret)

    const paths = await pagePaths(server.baseURL)
    const staticRoot = path.join(work, 'static')
    // Warm-up: each page rendered once into the cache, then read twice more; the last copy is saved for nginx.
    for (const list of Object.values(paths))
      for (const p of list)
        for (let i = 0; i < 3; i++) saveStaticPage(staticRoot, p, await html(`${server.baseURL}${p}`))
    await timedGet(`${server.baseURL}${FLOOR_PATH}`)
    const nginx = await startNginx(staticRoot, work)
    stops.push(nginx.stop)

    const loadAverageStart = loadAverage()
    const rows: Row[] = Object.entries(paths).map(([page, p]) => ({ page, paths: p, rounds: [] }))
    const floor: Measured[] = []
    for (let r = 1; r <= rounds; r++) {
      console.log(`== round ${r} of ${rounds} (load average ${loadAverage().join(' ')})`)
      floor.push(await measure(server.baseURL, [FLOOR_PATH], settings, server.pid))
      console.log(
        `  404 floor: ${Math.round(floor[r - 1].rps)} req/s (p50 ${floor[r - 1].p50} ms, p99 ${floor[r - 1].p99} ms)`,
      )
      for (const row of rows) {
        const site = await measure(server.baseURL, row.paths, settings, server.pid)
        const fromNginx = await measure(nginx.baseURL, row.paths, settings)
        row.rounds.push({ site, nginx: fromNginx })
        console.log(
          `  ${row.page}: ${Math.round(site.rps)} req/s (p50 ${site.p50} ms, p99 ${site.p99} ms, errors ${site.errors}); nginx ${Math.round(fromNginx.rps)} req/s`,
        )
      }
    }
    const floorRps = mean(floor.map((f) => f.rps))
    const floorCpu = mean(floor.map((f) => f.cpuMsPerRequest ?? 0))
    const summary = rows.map((row) => {
      const site = row.rounds.map((x) => x.site)
      const rps = mean(site.map((s) => s.rps))
      const nginxRps = mean(row.rounds.map((x) => x.nginx.rps))
      const cpu = mean(site.map((s) => s.cpuMsPerRequest ?? 0))
      return {
        page: row.page,
        rps: Math.round(rps),
        p50: Math.max(...site.map((s) => s.p50)),
        p99: Math.max(...site.map((s) => s.p99)),
        errors: site.reduce((a, s) => a + s.errors, 0),
        cpuMsPerRequest: round2(cpu),
        ofFloor: rps / floorRps,
        nginxRps: Math.round(nginxRps),
        ofNginx: rps / nginxRps,
        meetsTarget: rps >= 0.9 * floorRps && Math.max(...site.map((s) => s.p99)) < 100,
      }
    })
    const table = formatTable(
      [
        'page',
        'req/s',
        'p50 ms',
        'p99 ms',
        'errors',
        'CPU ms/req',
        'of 404 floor',
        'nginx req/s',
        'of nginx',
        'target',
      ],
      [
        // The floor's latency too: p99 < 100 ms is a figure of the machine as much as of the page.
        [
          '404 floor (Next’s prebuilt)',
          Math.round(floorRps),
          Math.max(...floor.map((f) => f.p50)),
          Math.max(...floor.map((f) => f.p99)),
          '',
          round2(floorCpu),
          '100 %',
          '',
          '',
          '',
        ],
        ...summary.map((s) => [
          s.page,
          s.rps,
          s.p50,
          s.p99,
          s.errors,
          s.cpuMsPerRequest,
          percent(s.ofFloor),
          s.nginxRps,
          percent(s.ofNginx),
          s.meetsTarget ? 'met' : 'missed',
        ]),
      ],
    )
    console.log(
      `\n${rounds} rounds × ${settings.duration} s at ${settings.connections} connections, four locales per page type (req/s: mean of rounds; p50/p99: worst round):\n${table}`,
    )
    const file = path.join(out, `${stamp}-pages.json`)
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          startedAt: new Date().toISOString(),
          settings: { ...settings, rounds, n: Number(values.n) },
          loadAverageStart,
          loadAverageEnd: loadAverage(),
          floor: { path: FLOOR_PATH, rounds: floor },
          pages: rows,
          summary,
        },
        null,
        2,
      )}\n`,
    )
    console.log(`JSON in ${path.relative(root, file)}`)
  } finally {
    for (const stop of stops.reverse()) await stop()
    rmSync(work, { recursive: true, force: true })
  }
})
