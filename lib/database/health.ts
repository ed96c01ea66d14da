/**
 * Whether this server can serve now: it started (lib/database/serverReadiness.ts) and its database
 * answers a query within a few seconds. For the image's HEALTHCHECK and a load balancer's probes.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { serverNotReadyReason } from './serverReadiness'

const PROBE_TIMEOUT_MS = 3_000

export type Health = { ready: true } | { ready: false; reason: string }

export async function checkHealth(): Promise<Health> {
  const notReady = serverNotReadyReason()
  if (notReady) return { ready: false, reason: 'starting or refused its database' }
  const timeout = new Promise<Health>((resolve) =>
    setTimeout(resolve, PROBE_TIMEOUT_MS, { ready: false, reason: 'database too slow' }).unref(),
  )
  const probe = (async (): Promise<Health> => {
    const payload = await getPayload({ config })
    await payload.db.count({ collection: 'users', where: {} })
    return { ready: true }
  })().catch((error: unknown): Health => {
    console.error('Health check: the database did not answer:', error)
    return { ready: false, reason: 'database unavailable' }
  })
  return Promise.race([probe, timeout])
}
