/**
 * Expiring the site's cache from where Next's revalidateTag cannot run: Payload's job runner
 * (scheduled publishing, Payload issue 16392) runs in the Next server process but outside any
 * request. It asks the server, over HTTP, to expire the tags in a request of its own.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../secret'
import { siteOrigin } from '../routes'

export const SITE_CACHE_PATH = '/api/site-cache'
export const SITE_CACHE_HEADER = 'x-site-cache-token'
const TAG = /^(collection|doc|global):[a-z0-9:-]{1,200}$/

/** A token derived from PAYLOAD_SECRET: only this deployment can expire its own cache. */
export function siteCacheToken(secret = payloadSecret()): string {
  return createHmac('sha256', secret).update('site-cache').digest('hex')
}

export function isSiteCacheToken(value: string | null, secret = payloadSecret()): boolean {
  if (!value) return false
  const expected = Buffer.from(siteCacheToken(secret))
  const given = Buffer.from(value)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The tags of a request body, or null when it is not a short list of our tags. */
export function parseTags(body: unknown): string[] | null {
  const tags = (body as { tags?: unknown } | null)?.tags
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > 100) return null
  return tags.every((t): t is string => typeof t === 'string' && TAG.test(t)) ? tags : null
}

/** Only inside the Next server process (not the seed script, not jest) is there a cache to reach. */
export function insideNextServer(): boolean {
  return Boolean(process.env.NEXT_RUNTIME)
}

export async function requestExpiry(tags: readonly string[]): Promise<void> {
  const origin = process.env.SITE_CACHE_ORIGIN || siteOrigin()
  const response = await fetch(`${origin}${SITE_CACHE_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SITE_CACHE_HEADER]: siteCacheToken() },
    body: JSON.stringify({ tags }),
  })
  if (!response.ok) throw new Error(`Site cache refused to expire ${tags.join(', ')}: HTTP ${response.status}`)
}
