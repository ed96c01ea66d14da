import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The one Payload instance of the process (getPayload caches it), with the job runner started if
 * instrumentation.ts has not already done so, so scheduled publishing never waits for an admin visit.
 */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config, cron: true })
}
