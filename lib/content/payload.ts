import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The one Payload instance of the process (getPayload caches it). */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}
