/**
 * Runs once when the Next server starts (`next start`, `next dev`), not at build time: Payload is
 * loaded with its job runner, so scheduled publishing works from the first minute after a restart,
 * before anyone opens the admin (Payload's own route handlers start the runner only when first
 * called). `PAYLOAD_JOBS_AUTORUN=false` leaves the queue to a separate worker.
 *
 * A production server then expires its whole site cache once it listens: pages and data kept on disk
 * by an earlier run, or rendered by the build against another database, are rendered again at their
 * first request (lib/content/siteCache.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const payload = await getPayload({ config, cron: true })
  if (process.env.NODE_ENV !== 'production') return
  const { cacheOrigin, expireSiteOnceListening } = await import('./lib/content/siteCache')
  expireSiteOnceListening()
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
