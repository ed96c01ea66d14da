/**
 * Runs once when the Next server starts (`next start`, `next dev`), not at build time: Payload is
 * loaded with its job runner, so scheduled publishing works from the first minute after a restart,
 * before anyone opens the admin (Payload's own route handlers start the runner only when first
 * called). `PAYLOAD_JOBS_AUTORUN=false` leaves the queue to a separate worker.
 *
 * A database this code must not use (lib/database/notReady.ts: pushed in development mode, tables
 * missing …) is logged in one line and every address answers 503 (lib/database/serverReadiness.ts), instead of the server
 * failing page by page — or, as it used to, waiting for ever on a question in its log.
 * See lib/startPayloadWithServer.ts.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  // Imported behind the runtime check, so that Next's Edge build of this file leaves it (and the
  // Node modules it needs) out. The readiness guard first: it is small, Payload's config is not.
  const { holdRequestsWhileStarting } = await import('./lib/database/serverReadiness')
  holdRequestsWhileStarting()
  const { forgetDataCacheFromBefore } = await import('./lib/content/forgetDataCache')
  forgetDataCacheFromBefore()
  const { startPayloadWithServer } = await import('./lib/database/startPayloadWithServer')
  await startPayloadWithServer()
}
