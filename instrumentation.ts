/**
 * Runs once when the Next server starts (`next start`, `next dev`), not at build time: Payload is
 * loaded with its job runner, so scheduled publishing works from the first minute after a restart,
 * before anyone opens the admin (Payload's own route handlers start the runner only when first
 * called). `PAYLOAD_JOBS_AUTORUN=false` leaves the queue to a separate worker.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
