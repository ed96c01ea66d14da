/**
 * `npm run worker`: the one process that runs Payload's job queue (scheduled publishing) when the
 * site runs as several instances, each started with PAYLOAD_JOBS_AUTORUN=false (`npm run cluster`,
 * docker compose). It runs the queue on the same schedule the server would (PAYLOAD_JOBS_CRON, every
 * minute by default) and, since a job's publish cannot expire Next's cache from outside Next, sends the
 * tags it changed to the servers in SITE_CACHE_ORIGIN (several, separated by commas) within a second.
 * Runs until SIGINT or SIGTERM.
 */
import { parseJobArgs } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

const usage =
  'Usage: npm run worker   (runs the job queue until stopped; SITE_CACHE_ORIGIN: the servers whose cache its jobs expire)'
parseJobArgs({ options: {} }, usage)

const FLUSH_EVERY_MS = 250

runScript(async () => {
  // This process is the job runner, whatever the servers' environment says.
  process.env.PAYLOAD_JOBS_AUTORUN = 'true'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { cacheOrigin, flushRememberedTags } = await import('../lib/content/siteCache')
  const payload = await getPayload({ config, cron: true })
  console.log(`Job worker: running the job queue; published changes are sent to ${cacheOrigin()}.`)

  let warned = false
  let flushing: Promise<void> | undefined
  const flushOnce = async () => {
    try {
      const sent = await flushRememberedTags()
      if (sent && warned) payload.logger.info('Job worker: the site cache answers again.')
      if (sent) warned = false
    } catch (error) {
      if (!warned)
        payload.logger.warn(
          `Job worker: the site cache at ${cacheOrigin()} was not expired (${error instanceof Error ? error.message : String(error)}); trying again.`,
        )
      warned = true
    }
  }
  // One request at a time: a slow server must not pile requests up.
  const flush = () => (flushing ??= flushOnce().finally(() => (flushing = undefined)))
  const timer = setInterval(() => void flush(), FLUSH_EVERY_MS)

  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
  })
  clearInterval(timer)
  await flush()
  await payload.destroy()
  return 0
})
