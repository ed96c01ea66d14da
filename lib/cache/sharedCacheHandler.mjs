/**
 * Next's cache (pages, data reads, tags) in Redis, shared by every instance of the site, when
 * REDIS_URL is set (cacheHandler.mjs loads this file only then; without it Next keeps its own cache
 * on this server's disk and memory, as in development).
 *
 * Built from @fortedigital/nextjs-cache-handler's handlers, in the order its CacheHandler reads them:
 * - Redis (`redis-strings`): a page or read stored by one instance is served by all, and
 *   `revalidateTag` on any instance deletes the entries under that tag for all;
 * - while Redis cannot be reached, this process's memory (`local-lru`): the Redis handler then throws,
 *   and CacheHandler reads the next handler. Visitors keep getting pages; the log says so once.
 *
 * The memory copy is only written and read during an outage, and its entries live OUTAGE_MAX_AGE_MS:
 * another instance's publish cannot reach this memory, so it must not outlive an outage's few seconds.
 * When Redis returns, the entries written before the outage are dropped (publishes made during it
 * never reached Redis).
 *
 * Behind a caching proxy (PROXY_PURGE_URL, lib/cache/proxyPurge.mjs), expiring tags also purges the
 * proxy's copies of the pages stored under them: exactly the pages Next renders again, in every
 * language, found in the same shared tags map the Redis handler deletes them from.
 *
 * A plain .mjs file: Next loads it at run time, outside its bundles.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

import { pagePaths, purgeFromProxy, purgeTargets } from './proxyPurge.mjs'

const OUTAGE_MAX_AGE_MS = 5_000
/** A Redis command slower than this counts as an outage for that request (default 5 s is a visitor's wait). */
const REDIS_TIMEOUT_MS = 500
const SHARED_TAGS_KEY = '__sharedTags__'
const log = (line) => console.warn(`[shared cache] ${line}`)

/**
 * The local fallback: written and read only while `redisIsDown()`, each entry for OUTAGE_MAX_AGE_MS.
 * @param {() => boolean} redisIsDown
 */
function outageMemory(redisIsDown) {
  let memory = createLruHandler({ maxItemsNumber: 1000, maxItemSizeBytes: 50 * 1024 * 1024 })
  return {
    name: 'outage-memory',
    /** Forgets everything: called when an outage starts, so it starts empty. */
    clear() {
      memory = createLruHandler({ maxItemsNumber: 1000, maxItemSizeBytes: 50 * 1024 * 1024 })
    },
    async get(key, ctx) {
      const value = await memory.get(key, ctx)
      return value && Date.now() - value.lastModified <= OUTAGE_MAX_AGE_MS ? value : null
    },
    async set(key, value, ctx) {
      if (redisIsDown()) await memory.set(key, value, ctx)
    },
    revalidateTag: (tag) => memory.revalidateTag(tag),
    delete: (key) => memory.delete(key),
  }
}

/**
 * @param {{ buildId?: string }} context
 */
function sharedCacheConfig({ buildId }) {
  const keyPrefix = `passerelle:${buildId ?? 'build'}:`
  const client = createClient({
    url: process.env.REDIS_URL,
    // Commands fail at once while disconnected (the memory answers), instead of queueing.
    disableOfflineQueue: true,
    pingInterval: 5_000,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  })
  let down = false
  const memory = outageMemory(() => down || !client.isReady)
  client.on('error', (error) => {
    if (down) return
    down = true
    memory.clear()
    log(
      `Redis at ${process.env.REDIS_URL} cannot be reached (${error?.message || error}): this instance serves from its own memory until it returns.`,
    )
  })
  client.on('ready', () => {
    if (!down) return
    down = false
    log('Redis is back: the shared cache is used again, starting empty.')
    // Entries written before the outage may be older than a publish made during it: forget them all
    // (the handler reads an entry only while its key is in the shared tags map).
    client.del(keyPrefix + SHARED_TAGS_KEY).catch(() => undefined)
  })
  // Not awaited: until the first connection, the memory answers (a failed one is an outage).
  client.connect().catch(() => undefined)

  const redis = createRedisHandler({
    client,
    keyPrefix,
    sharedTagsKey: SHARED_TAGS_KEY,
    timeoutMs: REDIS_TIMEOUT_MS,
    keyExpirationStrategy: 'EXAT',
  })
  /** The keys stored under any of `tags`, read before the Redis handler deletes them. */
  const keysUnder = async (tags) => {
    const keys = []
    if (!client.isReady) return keys
    let cursor = '0'
    do {
      // Bounded like the handler's own commands: a stalled Redis must not hold the publish.
      const portion = await client
        .withAbortSignal(AbortSignal.timeout(REDIS_TIMEOUT_MS))
        .hScan(keyPrefix + SHARED_TAGS_KEY, cursor, { COUNT: 10_000 })
      for (const { field, value } of portion.entries)
        if (JSON.parse(value).some((tag) => tags.includes(tag))) keys.push(field)
      cursor = String(portion.cursor)
    } while (cursor !== '0')
    return keys
  }
  return { handlers: [redis, memory], keysUnder }
}

const CONFIG = Symbol.for('passerelle.sharedCacheConfig')
const CACHE_CONTROL = '__passerelleCacheControl'

/**
 * Next answers a cached page with the Cache-Control of the lifetime it was rendered with, which it
 * remembers in the rendering process only: another instance serving the page from Redis sent none.
 * The lifetime is stored with the entry, and handed back as the entry's own (Next prefers it).
 */
class SharedCacheHandler extends CacheHandler {
  async set(key, value, ctx) {
    const withLifetime = value && ctx?.cacheControl ? { ...value, [CACHE_CONTROL]: ctx.cacheControl } : value
    return super.set(key, withLifetime, ctx)
  }

  async revalidateTag(tag, durations) {
    const tags = typeof tag === 'string' ? [tag] : tag
    const config = globalThis[CONFIG]
    const purging = config && purgeTargets().length > 0
    const keys = purging ? await config.keysUnder(tags).catch(() => []) : []
    await super.revalidateTag(tag, durations)
    if (keys.length > 0) await purgeFromProxy(pagePaths(keys), { log })
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    const cacheControl = entry?.value?.[CACHE_CONTROL]
    if (!cacheControl) return entry
    const { [CACHE_CONTROL]: _stored, ...value } = entry.value
    return { ...entry, value, cacheControl }
  }
}

CacheHandler.onCreation((context) => {
  // The build renders against a throwaway database: nothing of it goes to the shared cache.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL)
    return { handlers: [createLruHandler()] }
  // One Redis connection per process, however many times Next creates the handler.
  globalThis[CONFIG] ??= sharedCacheConfig(context)
  return globalThis[CONFIG]
})

export default SharedCacheHandler
