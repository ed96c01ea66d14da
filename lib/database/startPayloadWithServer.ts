/**
 * What the server does as it starts (instrumentation.ts): Payload with its job runner, a verdict on
 * the database that serverReadiness.ts enforces (503 while it cannot be used), then the site cache expired.
 *
 * Next holds every request until instrumentation returns, so this must return: a start that has
 * not finished after PAYLOAD_START_PATIENCE_MS is logged and answered 503 (until it finishes)
 * instead of leaving every request waiting without an answer.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { cacheOrigin, expireSiteOnceListening } from '../content/siteCache'
import { isDatabaseNotReady } from './notReady'
import { markServerNotReady, markServerReady, serverNotReadyReason } from './serverReadiness'

const STARTUP_PATIENCE_MS = Number(process.env.PAYLOAD_START_PATIENCE_MS) || 60_000

export async function startPayloadWithServer(): Promise<void> {
  const starting = getPayload({ config, cron: true }).then(
    (payload) => {
      // Visitors are let in once the pages cached before this start are expired, not before (the
      // first of them could be served the build's empty pages). Not awaited here: the expiry is a
      // request to this server, which Next answers only once instrumentation has returned; the
      // readiness guard lets that one request through and holds the others until then.
      void expireSiteCache(payload).then(markServerReady)
      return payload
    },
    (error: unknown) => {
      if (isDatabaseNotReady(error)) {
        markServerNotReady(error.message)
        console.error(error.message)
      } else {
        // Anything else may pass (a locked file, a network blip): each request tries again, as before.
        markServerReady()
        console.error('Payload did not start; each request will try again:', error)
      }
      return undefined
    },
  )
  const patience = new Promise<'waiting'>((resolve) => setTimeout(resolve, STARTUP_PATIENCE_MS, 'waiting').unref())
  const payload = await Promise.race([starting, patience])
  if (payload === 'waiting') {
    const reason = `Payload has not finished starting after ${STARTUP_PATIENCE_MS / 1000} s (a long migration, or a question nobody can answer: see above); answering 503 until it does.`
    markServerNotReady(reason)
    console.error(reason)
    return
  }
  // A database that needs an administrator: every request from now on is answered 503 before Next
  // sees it. The few that reached Next in the instant between its listening and this verdict wait
  // for instrumentation to return; they must not go on to be served a page cached from another
  // database, so it does not return (they end when their client gives up).
  if (!payload && serverNotReadyReason()) await new Promise<never>(() => undefined)
}

/**
 * A production server expires its whole site cache once it listens: pages and data kept on disk by
 * an earlier run, or rendered by the build against another database, are rendered again at their
 * first request (lib/content/siteCache.ts).
 */
async function expireSiteCache(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV !== 'production') return
  await expireSiteOnceListening()
    .then((outcome) => {
      if (outcome === 'unreachable')
        payload.logger.warn(
          `The site cache was not expired at start: no answer from ${cacheOrigin()} (set SITE_CACHE_ORIGIN to this server's own address).`,
        )
    })
    .catch((error: unknown) =>
      payload.logger.error({
        err: error,
        msg: 'The site cache was not expired at start; pages may show content from before it.',
      }),
    )
}
