/**
 * `npm run bench:lighthouse` — Lighthouse's four category scores (performance, accessibility, best
 * practices, SEO) on the pages a visitor meets first: the home page, the news list, a press release in
 * French and in Arabic, and search; mobile (Lighthouse's default: a mid-range phone, simulated slow 4G
 * and a 4× slower CPU), Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
 *
 * Against a running production server (`--url`), or, by default, its own: a fresh SQLite database under
 * /tmp with the demo content, the existing build (`--build` makes one first), `next start` on a free port
 * of 127.0.0.1, stopped at the end. Writes bench/results/<time>-lighthouse.json: per page the scores
 * (0–100, the median of `--runs`), the metrics, and the audits that cost points. Simulated throttling
 * scales with the machine's own speed: compare runs made under a similar load (recorded).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Result } from 'lighthouse'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/chromium'
import { parseJobArgs } from '../lib/parseJobArgs'
import { runScript } from '../lib/runScript'
import { run } from '../lib/server.mjs'
import { build, loadAverage, serverEnv, start, type RunningServer } from './server'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]

/** What the page's load took, in ms (CLS: a score, not ms). */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const

const { values } = parseJobArgs(
  {
    options: {
      url: { type: 'string' },
      build: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
    },
  },
  `Usage: npm run bench:lighthouse -- [--url http://127.0.0.1:3000] [--build] [--runs 1]
  Lighthouse (mobile, throttled) on home, news list, a press release in French and in Arabic, and search.
  --url    a running production server; without it, one is started on a fresh seeded database
  --build  build first (without --url only; otherwise the existing .next is used)
  --runs   runs per page; the median of each score is kept`,
  ({ values }) => {
    if (values.url !== undefined && !URL.canParse(values.url))
      return `--url takes an address (http://…), not "${values.url}".`
    if (!/^[1-9]\d?$/.test(String(values.runs)))
      return `--runs takes a whole number from 1 to 99, not "${values.runs}".`
    return undefined
  },
)

interface PageRun {
  scores: Record<Category, number>
  metrics: Record<(typeof METRICS)[number], number>
  /** Audits that cost points in a category, with what Lighthouse displays for them. */
  lost: { category: Category; audit: string; score: number; shown?: string }[]
  /** Performance diagnostics and insights that did not pass (no weight of their own: they explain the metrics). */
  diagnostics: { audit: string; shown?: string }[]
  /** Lighthouse's measure of this machine's CPU speed at the time (a loaded machine scores low, and TBT grows). */
  benchmarkIndex: number
}

/** The first document link of a list page (`/fr/news/…`, not its feeds). */
async function firstDocument(base: string, listPath: string): Promise<string> {
  const html = await (await fetch(`${base}${listPath}`)).text()
  const found = new RegExp(`href="(${listPath}/[a-z0-9-]+)"`).exec(html)?.[1]
  if (!found) throw new Error(`no document linked from ${listPath}: is the database seeded?`)
  return found
}

async function pagesOf(base: string): Promise<Array<{ page: string; path: string }>> {
  return [
    { page: 'home', path: '/fr' },
    { page: 'news list', path: '/fr/news' },
    { page: 'news detail (fr)', path: await firstDocument(base, '/fr/news') },
    { page: 'news detail (ar)', path: await firstDocument(base, '/ar/news') },
    { page: 'search', path: '/fr/search?q=migration' },
  ]
}

function summarise(lhr: Result): PageRun {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as PageRun['scores']
  const metrics = Object.fromEntries(
    METRICS.map((m) => [m, Math.round((lhr.audits[m]?.numericValue ?? NaN) * 1000) / 1000]),
  ) as PageRun['metrics']
  const lost: PageRun['lost'] = []
  for (const category of CATEGORIES)
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        lost.push({ category, audit: ref.id, score: audit.score, shown: audit.displayValue ?? audit.title })
    }
  const diagnostics: PageRun['diagnostics'] = []
  for (const ref of lhr.categories.performance?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id]
    if (ref.weight === 0 && audit && audit.score !== null && audit.score < 0.9)
      diagnostics.push({ audit: ref.id, shown: audit.displayValue ?? audit.title })
  }
  return { scores, metrics, lost, diagnostics, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) }
}

function lighthouseVersion(): string {
  const file = path.join(process.cwd(), 'node_modules/lighthouse/package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function ownServer(): Promise<{ server: RunningServer; cleanUp: () => void }> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'passerelle-lighthouse-'))
  const env = serverEnv(`file:${path.join(work, 'site.db')}`, `lighthouse-${Date.now()}-${Math.random()}`)
  if (values.build) await build({ ...env, DATABASE_URI: `file:${path.join(work, 'build.db')}` })
  await run(process.execPath, ['scripts/run.mjs', 'scripts/seed.ts'], env)
  const server = await start(env)
  return { server, cleanUp: () => rmSync(work, { recursive: true, force: true }) }
}

/** One Lighthouse run of one address, in a browser started for it and closed after. */
async function lighthouseRun(url: string): Promise<PageRun> {
  // Loaded here, after the options: the two packages take seconds to load, which `--help` need not wait.
  const [chromeLauncher, { default: lighthouse }] = await Promise.all([import('chrome-launcher'), import('lighthouse')])
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`)
    return summarise(result.lhr)
  } finally {
    await chrome.kill()
  }
}

runScript(async () => {
  const runs = Number(values.runs)
  const own = values.url ? undefined : await ownServer()
  const base = (values.url ?? own?.server.baseURL ?? '').replace(/\/+$/, '')
  const pages = await pagesOf(base)
  const pageRuns = new Map<string, PageRun[]>(pages.map(({ page }) => [page, []]))
  const loadBefore = loadAverage()
  try {
    for (const { path: pagePath } of pages) await fetch(`${base}${pagePath}`)
    // Rounds outside, pages inside (A B C … A B C …), each run in a browser of its own, as Lighthouse's
    // command line does: one browser kept for every run slowed the later ones (search, measured last,
    // lost 2–3 points to it), and a change in the machine's load spreads over every page alike.
    for (let i = 0; i < runs; i++)
      for (const { page, path: pagePath } of pages) pageRuns.get(page)?.push(await lighthouseRun(`${base}${pagePath}`))
  } finally {
    await own?.server.stop()
    own?.cleanUp()
  }
  const rows = pages.map(({ page, path: pagePath }) => {
    const all = pageRuns.get(page) ?? []
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))])) as Record<
      Category,
      number
    >
    console.log(`${page.padEnd(18)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}  (${pagePath})`)
    return { page, path: pagePath, scores, runs: all }
  })
  const out = path.join(
    process.cwd(),
    'bench/results',
    `${new Date().toISOString().slice(0, 16).replace(':', '')}-lighthouse.json`,
  )
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        base,
        measuredAt: new Date().toISOString(),
        lighthouse: lighthouseVersion(),
        formFactor: 'mobile, simulated throttling (Lighthouse defaults)',
        runsPerPage: runs,
        loadAverage: { before: loadBefore, after: loadAverage() },
        rows,
      },
      null,
      2,
    )}\n`,
  )
  console.log(`\nWritten to ${path.relative(process.cwd(), out)}`)
})
