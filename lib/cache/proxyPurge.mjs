/**
 * Purging the caching proxy's copies of pages (nginx with the cache-purge module, ops/nginx), when
 * PROXY_PURGE_URL names it (comma-separated for several proxies): `npm run cluster` and docker compose
 * set it. Without it nothing is sent.
 *
 * A page is purged with `PURGE <path>` (the proxy's cache key is the request path with its query).
 * Sent twice: at once, and again after RACE_MS, for a visitor request that was being rendered with the
 * old content when the publish came and reached the proxy after the first purge. A purge that fails
 * (proxy down or restarting) is logged: the proxy starts with an empty cache, and keeps a page at most
 * its configured lifetime.
 *
 * A plain .mjs file: the shared cache handler (lib/cache/sharedCacheHandler.mjs) loads it at run time.
 */
const TIMEOUT_MS = 1_000
const RACE_MS = 1_000
const PARALLEL = 8

/** The proxies to purge, from PROXY_PURGE_URL. */
export function purgeTargets(value = process.env.PROXY_PURGE_URL) {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin !== '')
}

/** Next's key of a rendered route (next/dist/server/lib/route-cache-key.js): its address after `$`. */
const ROUTE_KEY = /^\/route-cache\/[A-Z_]+\/[0-9a-f]+\/\$(\/.*)$/

/** The address of a route's key, undoing Next's normalizePagePath (`/` is stored as `/index`). */
function addressOf(key) {
  const match = ROUTE_KEY.exec(key)
  if (!match) return undefined
  const stored = match[1]
  if (stored === '/index') return '/'
  return stored.startsWith('/index/') ? stored.slice('/index'.length) : stored
}

/** An address as browsers send it (UTF-8 percent-encoded), whether Next stored it decoded or not. */
function asSent(address) {
  try {
    return encodeURI(decodeURI(address))
  } catch {
    return encodeURI(address)
  }
}

/**
 * The addresses of the pages and routes among Next's cache keys, as the proxy keys them; data-cache
 * keys (hashes) are not addresses.
 * @param {Iterable<string>} keys
 */
export function pagePaths(keys) {
  const paths = new Set()
  for (const key of keys) {
    const address = addressOf(key)
    if (address) paths.add(asSent(address))
  }
  return [...paths]
}

/**
 * @param {string} origin
 * @param {string} path
 * @returns {Promise<'purged' | 'absent'>}
 */
async function purgeOne(origin, path) {
  const response = await fetch(`${origin}${path}`, { method: 'PURGE', signal: AbortSignal.timeout(TIMEOUT_MS) })
  await response.body?.cancel()
  // The module answers 200 when it removed a copy, 404 when it had none.
  if (response.status === 200) return 'purged'
  if (response.status === 404) return 'absent'
  throw new Error(`${origin} answered ${response.status} to PURGE ${path}`)
}

/**
 * @param {string[]} paths
 * @param {string[]} targets
 * @param {(line: string) => void} log
 */
async function purgeRound(paths, targets, log) {
  const queue = targets.flatMap((origin) => paths.map((path) => ({ origin, path })))
  const failures = []
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift())
      await purgeOne(next.origin, next.path).catch((error) => failures.push(error?.cause?.message ?? error?.message))
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker))
  if (failures.length > 0)
    log(
      `the proxy kept ${failures.length} page(s) it was asked to forget (${failures[0]}); it serves them until they expire.`,
    )
}

/**
 * Purges `paths` from every proxy in PROXY_PURGE_URL, now and once more shortly after. Resolves after
 * the first round; never rejects.
 * @param {string[]} paths
 * @param {{ targets?: string[], log?: (line: string) => void }} [options]
 */
export async function purgeFromProxy(paths, { targets = purgeTargets(), log = console.warn } = {}) {
  if (paths.length === 0 || targets.length === 0) return
  await purgeRound(paths, targets, log)
  setTimeout(() => void purgeRound(paths, targets, log), RACE_MS).unref?.()
}
