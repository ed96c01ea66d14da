/**
 * Measurements against a running server: load with autocannon on cached pages, cold requests one by
 * one after expiring the whole site cache, and publish-to-visible.
 */
import autocannon from 'autocannon'

import { expireSiteCache, patchPressRelease, serverRssMb, type Target } from './server'
import { median, percentile } from './stats'

export interface LoadResult {
  rps: number
  p50: number
  p99: number
  errors: number
  requests: number
  statusCodes: Record<string, number>
}

/** `duration` seconds of `connections` concurrent clients cycling through `paths` (already warm). */
export async function load(
  baseURL: string,
  paths: readonly string[],
  duration: number,
  connections: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url: baseURL,
    connections,
    duration,
    requests: paths.map((path) => ({ method: 'GET', path })),
  })
  const statusCodes: Record<string, number> = {}
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {}))
    statusCodes[code] = (stats as { count: number }).count
  // No answer within autocannon's timeout: there is no latency to report, only errors.
  const answered = result.requests.total > 0
  return {
    rps: result.requests.average,
    p50: answered ? result.latency.p50 : Number.NaN,
    p99: answered ? result.latency.p99 : Number.NaN,
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
    statusCodes,
  }
}

export interface TimedResult {
  p50: number
  p99: number
  mean: number
  errors: number
  samples: number
}

/** One GET, timed to the last byte; throws nothing, reports the status. */
export async function timedGet(url: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now()
  try {
    const response = await fetch(url, { redirect: 'manual' })
    const body = await response.text()
    return { ms: performance.now() - started, status: response.status, body }
  } catch {
    return { ms: performance.now() - started, status: 0, body: '' }
  }
}

/**
 * Cold: before each request the whole site cache (pages and data, every tag) is expired, so the
 * request renders the page and reads all its data from the database — what the first visitor after
 * a publish pays. Requests are sequential (one at a time), over distinct URLs when there are several.
 */
export async function cold(
  baseURL: string,
  paths: readonly string[],
  samples: number,
  secret: string,
  /** The tags expired before each request: by default the whole site's. */
  tags?: string[],
): Promise<TimedResult> {
  const times: number[] = []
  let errors = 0
  for (let i = 0; i < samples; i++) {
    await expireSiteCache(baseURL, secret, tags)
    const { ms, status } = await timedGet(`${baseURL}${paths[i % paths.length]}`)
    if (status !== 200) errors++
    times.push(ms)
  }
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    errors,
    samples,
  }
}

export interface PublishResult {
  /** Milliseconds from sending the PATCH to the first page view showing the new title. */
  medianMs: number
  samples: number[]
  /** How long the PATCH itself took (median). */
  patchMedianMs: number
  failures: number
}

/** PATCH a press release's title as the editor, then poll its page until the new title shows. */
export async function publishToVisible(
  baseURL: string,
  token: string,
  targets: readonly Target[],
  timeoutMs = 10_000,
): Promise<PublishResult> {
  const samples: number[] = []
  const patches: number[] = []
  let failures = 0
  for (const [i, target] of targets.entries()) {
    const url = `${baseURL}/${target.locale}/news/${target.slug}`
    await timedGet(url)
    await timedGet(url)
    const title = `Bench update ${i} ${Date.now().toString(36)}`
    const started = performance.now()
    const status = await patchPressRelease(baseURL, token, target.id, target.locale, { title })
    patches.push(performance.now() - started)
    if (status !== 200) {
      failures++
      continue
    }
    let seen = false
    while (performance.now() - started < timeoutMs) {
      const { body } = await timedGet(url)
      if (body.includes(title)) {
        seen = true
        break
      }
      await new Promise((r) => setTimeout(r, 10))
    }
    if (seen) samples.push(performance.now() - started)
    else failures++
  }
  return {
    medianMs: median(samples),
    samples: samples.map((s) => Math.round(s)),
    patchMedianMs: median(patches),
    failures,
  }
}

export const rssOf = serverRssMb
