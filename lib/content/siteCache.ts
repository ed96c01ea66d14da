/**
 * Expiring the site's cache from where Next's revalidateTag cannot run, by asking the server over
 * HTTP to expire the tags in a request of its own:
 * - Payload's job runner (scheduled publishing, Payload issue 16392) runs in the Next server process
 *   but outside any request;
 * - command-line jobs (seed, import, XLIFF import) change content from another process: their tags
 *   are remembered and sent when the job ends (flushRememberedExpiry);
 * - at start, the server expires everything once (expireSiteOnceListening): Next keeps pages and data
 *   on disk across restarts but forgets, with the process, which tags were expired; and a build
 *   (the Docker image's) renders against a throwaway database.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../auth/secret'
import { siteOrigin } from '../site/routes'
import { SITE_CACHE_PATH } from './siteCacheAddress'
import { siteTags } from './tags'

export { SITE_CACHE_PATH }
export const SITE_CACHE_HEADER = 'x-site-cache-token'
/** How long a server is given to answer a request to expire its cache. */
const SITE_CACHE_TIMEOUT_MS = 15_000
const TAG = /^(collection|doc|global):[a-z0-9:-]{1,200}$/

/** How long a request's token is accepted, either side of the server's clock. */
export const SITE_CACHE_TOKEN_LIFETIME_MS = 60_000

const signature = (secret: string, issuedAt: number, body: string) =>
  createHmac('sha256', secret).update(`site-cache\n${issuedAt}\n${body}`).digest('hex')

/**
 * The token of one request: when it was made and an HMAC (key derived from PAYLOAD_SECRET) of that
 * time and the request's body. Only this deployment can make one; a token read off the wire expires
 * tags only for its own body, and only for SITE_CACHE_TOKEN_LIFETIME_MS (a fixed token could be
 * replayed forever, for any tags).
 */
export function siteCacheToken(body: string, { secret = payloadSecret(), now = Date.now() } = {}): string {
  return `${now}.${signature(secret, now, body)}`
}

export function isSiteCacheToken(
  value: string | null,
  body: string,
  { secret = payloadSecret(), now = Date.now() } = {},
): boolean {
  const [time, given, ...rest] = (value ?? '').split('.')
  const issuedAt = Number(time)
  if (!given || rest.length > 0 || !/^\d{1,15}$/.test(time)) return false
  if (Math.abs(now - issuedAt) > SITE_CACHE_TOKEN_LIFETIME_MS) return false
  const expected = Buffer.from(signature(secret, issuedAt, body))
  const received = Buffer.from(given)
  return received.length === expected.length && timingSafeEqual(received, expected)
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

/**
 * Where the server answers: SITE_CACHE_ORIGIN when set (several instances sharing one cache in Redis:
 * their addresses separated by commas, each is asked; any one expires the shared cache, and each its
 * own memory while Redis is down); inside the server, the address Next listens on (it sets
 * __NEXT_PRIVATE_ORIGIN once listening); else the public address.
 */
export function cacheOrigins(): string[] {
  const configured = process.env.SITE_CACHE_ORIGIN?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
  const origins = configured?.length ? configured : [process.env.__NEXT_PRIVATE_ORIGIN || siteOrigin()]
  return origins.map((origin) => origin.replace(/\/+$/, ''))
}

/** The origins, for a message. */
export function cacheOrigin(): string {
  return cacheOrigins().join(', ')
}

async function requestExpiryFrom(origin: string, tags: readonly string[], secret: string | undefined): Promise<void> {
  const body = JSON.stringify({ tags })
  const response = await fetch(`${origin}${SITE_CACHE_PATH}`, {
    // Bounded: at start, visitors wait for this request (lib/database/startPayloadWithServer.ts).
    signal: AbortSignal.timeout(SITE_CACHE_TIMEOUT_MS),
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SITE_CACHE_HEADER]: siteCacheToken(body, { secret }) },
    body,
  })
  if (!response.ok) throw new Error(`Site cache refused to expire ${tags.join(', ')}: HTTP ${response.status}`)
}

/**
 * Asks the server at `origin` (this deployment's servers, by default) to expire `tags`. Rejects on a
 * refusal, or when no server answers; a server of several that does not answer has nothing to expire.
 */
export async function requestExpiry(
  tags: readonly string[],
  { origin, secret }: { origin?: string; secret?: string } = {},
): Promise<void> {
  const results = await Promise.allSettled(
    (origin ? [origin] : cacheOrigins()).map((each) => requestExpiryFrom(each, tags, secret)),
  )
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []))
  const refusal = failures.find((failure) => !isUnreachable(failure))
  if (refusal !== undefined) throw refusal
  if (failures.length === results.length) throw failures[0]
}

/** No server listens there (yet): the request never reached one. */
function isUnreachable(error: unknown): boolean {
  // fetch's own failure carries the network error as its cause (compared by name and code, not by
  // class: test runners load TypeError from another realm).
  const cause = (error as { cause?: { code?: string } } | null)?.cause
  return ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET'].includes(cause?.code ?? '')
}

/**
 * Once the server answers, expires every page and data read it may hold from before it started.
 * Called at start (instrumentation.ts); retries while the server is not listening yet.
 */
export async function expireSiteOnceListening({ attempts = 120, delayMs = 500 } = {}): Promise<
  'expired' | 'unreachable'
> {
  for (let attempt = 1; ; attempt++) {
    try {
      await requestExpiry(siteTags())
      return 'expired'
    } catch (error) {
      if (!isUnreachable(error)) throw error
      if (attempt >= attempts) return 'unreachable'
      await new Promise((resolve) => setTimeout(resolve, delayMs))
    }
  }
}

const remembered = new Set<string>()

/** A change made outside the server: its tags wait for the end of the job (flushRememberedExpiry). */
export function rememberExpiry(tags: readonly string[]): void {
  for (const tag of tags) remembered.add(tag)
}

/** A job that rolled its changes back (an import's dry run) has nothing to expire. */
export function forgetRememberedExpiry(): void {
  remembered.clear()
}

/**
 * In a long-running process that changes content (the job worker): sends the tags remembered since
 * the last call, exactly those. Kept for the next call when no server answers or one refuses.
 */
export async function flushRememberedTags(): Promise<number> {
  if (remembered.size === 0) return 0
  const tags = [...remembered]
  remembered.clear()
  try {
    await requestExpiry(tags)
    return tags.length
  } catch (error) {
    rememberExpiry(tags)
    throw error
  }
}

/**
 * At the end of a command-line job that changed content: asks a running server to expire its whole
 * site cache (one request, whatever the number of documents). Says what happened in one line; a
 * server that is not running has nothing to expire, and expires everything when it starts.
 */
export async function flushRememberedExpiry(
  log: (line: string) => void = console.log,
): Promise<'nothing' | 'expired' | 'unreachable' | 'refused'> {
  if (remembered.size === 0) return 'nothing'
  remembered.clear()
  try {
    await requestExpiry(siteTags())
    log(`Site cache: the server at ${cacheOrigin()} will show the changes from the next request.`)
    return 'expired'
  } catch (error) {
    if (isUnreachable(error)) {
      // In development nothing is cached, and `npm run dev` seeds before its server starts.
      if (process.env.NODE_ENV === 'production')
        log(
          `Site cache: no server answers at ${cacheOrigin()}; a server shows the changes when it starts (set SITE_CACHE_ORIGIN if it runs elsewhere).`,
        )
      return 'unreachable'
    }
    log(
      `Site cache: ${error instanceof Error ? error.message : String(error)}. The changes are saved; the site shows them after its next start or publish (is PAYLOAD_SECRET the server's?).`,
    )
    return 'refused'
  }
}
