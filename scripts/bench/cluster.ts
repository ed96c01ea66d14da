/**
 * `npm run bench:cluster -- [--duration 10] [--connections 50] [--samples 20] [--skip-build]`: the
 * scale-out topology measured (scripts/lib/cluster.mjs on a freshly seeded SQLite database under /tmp):
 * - throughput and latency per page type through nginx, against nginx serving the same saved HTML as a
 *   static file and against an instance's own 404 page (the framework's floor), in the same run;
 * - publish → visible through the proxy and through both instances: an editor's PATCH on instance A,
 *   then the page polled every 25 ms on each until the new title shows (median of `--samples`);
 * - each instance's resident memory after the load.
 * Prints a table and writes bench/results/<time>-cluster.json. A benchmark, not a test.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { startCluster } from '../lib/cluster.mjs'
import { parseJobArgs, wholeNumberProblem } from '../lib/parseJobArgs'
import { runScript } from '../lib/runScript'
import { load, type LoadResult } from './measure'
import { build, loadAverage, login, patchPressRelease, root, sampleDocuments, serverEnv, serverRssMb } from './server'
import { median } from './stats'

const usage = 'Usage: npm run bench:cluster -- [--duration SECONDS] [--connections N] [--samples N] [--skip-build]'
const { values } = parseJobArgs(
  {
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      samples: { type: 'string' },
      'skip-build': { type: 'boolean' },
    },
  },
  usage,
  ({ values }) =>
    wholeNumberProblem('duration', values.duration) ??
    wholeNumberProblem('connections', values.connections) ??
    wholeNumberProblem('samples', values.samples),
)
const duration = Number(values.duration ?? 10)
const connections = Number(values.connections ?? 50)
const samples = Number(values.samples ?? 20)

const exec = promisify(execFile)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Milliseconds from `since` until `url` shows `text`, polled every 25 ms (NaN after 15 s). */
async function visibleAfter(url: string, text: string, since: number): Promise<number> {
  while (Date.now() - since < 15_000) {
    const body = await fetch(url).then(
      (r) => r.text(),
      () => '',
    )
    if (body.includes(text)) return Date.now() - since
    await sleep(25)
  }
  return Number.NaN
}

runScript(async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'passerelle-bench-cluster-'))
  const secret = `bench-${Date.now()}`
  const env = serverEnv(`file:${path.join(work, 'cluster.db')}`, secret)
  if (!values['skip-build']) await build({ ...env, DATABASE_URI: `file:${path.join(work, 'build.db')}` })
  await exec(process.execPath, ['scripts/run.mjs', 'scripts/seed.ts', '--with-demo-users'], { cwd: root, env })
  const cluster = await startCluster({ env, work, log: (line) => console.log(`cluster: ${line}`) })
  try {
    const [a, b] = cluster.instances
    const [release] = await sampleDocuments(a.baseURL, 'press-releases', 'fr', 1)
    const [event] = await sampleDocuments(a.baseURL, 'events', 'fr', 1)
    const pages: Record<string, string> = {
      home: '/fr',
      'news list': '/fr/news',
      'news detail': `/fr/news/${release.slug}`,
      'event detail': `/fr/events/${event.slug}`,
      search: '/fr/search?q=sant%C3%A9',
    }
    // Warm every copy (each instance, the proxy), and save the detail page for nginx to serve as a file.
    for (const pagePath of Object.values(pages))
      for (const origin of [a.baseURL, b.baseURL, cluster.proxyURL])
        await fetch(origin + pagePath).then((r) => r.text())
    const saved = await fetch(cluster.proxyURL + pages['news detail']).then((r) => r.text())
    mkdirSync(path.join(work, 'static'), { recursive: true })
    writeFileSync(path.join(work, 'static', 'detail.html'), saved)

    const throughput: Record<string, LoadResult> = {}
    const measure = async (name: string, baseURL: string, pagePath: string) => {
      await load(baseURL, [pagePath], 2, connections) // warm-up
      throughput[name] = await load(baseURL, [pagePath], duration, connections)
      const r = throughput[name]
      console.log(
        `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}`,
      )
    }
    await measure('nginx static file (saved detail)', cluster.staticURL, '/detail.html')
    await measure('404 floor (instance A directly)', a.baseURL, '/fr/no-such-page-at-all/x')
    for (const [name, pagePath] of Object.entries(pages)) await measure(`${name} via proxy`, cluster.proxyURL, pagePath)
    await measure('news detail, instance A directly', a.baseURL, pages['news detail'])
    const rssMb = { a: serverRssMb(a.pid), b: serverRssMb(b.pid) }

    const token = await login(a.baseURL)
    const publish: { proxy: number; a: number; b: number; all: number }[] = []
    for (let i = 0; i < samples; i++) {
      const title = `Correction ${i} ${Date.now()}`
      const status = await patchPressRelease(a.baseURL, token, release.id, 'fr', { title })
      if (status !== 200) throw new Error(`PATCH: HTTP ${status}`)
      const since = Date.now()
      const [proxy, onA, onB] = await Promise.all(
        [cluster.proxyURL, a.baseURL, b.baseURL].map((origin) =>
          visibleAfter(origin + pages['news detail'], title, since),
        ),
      )
      publish.push({ proxy, a: onA, b: onB, all: Math.max(proxy, onA, onB) })
      await sleep(300)
    }
    const medians = {
      proxy: median(publish.map((p) => p.proxy)),
      a: median(publish.map((p) => p.a)),
      b: median(publish.map((p) => p.b)),
      all: median(publish.map((p) => p.all)),
    }
    console.log(
      `publish → visible (median of ${samples}): proxy ${medians.proxy} ms, A ${medians.a} ms, B ${medians.b} ms, everywhere ${medians.all} ms`,
    )
    console.log(`resident memory: instance A ${rssMb.a} MB, instance B ${rssMb.b} MB`)

    const staticRps = throughput['nginx static file (saved detail)'].rps
    const floorRps = throughput['404 floor (instance A directly)'].rps
    const result = {
      date: new Date().toISOString(),
      duration,
      connections,
      loadAverage: loadAverage(),
      throughput,
      ratios: Object.fromEntries(
        Object.entries(pages).map(([name]) => [
          name,
          {
            ofNginxStatic: throughput[`${name} via proxy`].rps / staticRps,
            ofInstance404: throughput[`${name} via proxy`].rps / floorRps,
          },
        ]),
      ),
      publishToVisibleMs: { medians, samples: publish },
      rssMb,
    }
    const out = path.join(root, 'bench/results')
    mkdirSync(out, { recursive: true })
    const file = path.join(out, `${new Date().toISOString().slice(0, 16).replace(/:/g, '')}-cluster.json`)
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
    console.log(`JSON in ${path.relative(root, file)}`)
  } finally {
    await cluster.stop()
    rmSync(work, { recursive: true, force: true })
  }
})
