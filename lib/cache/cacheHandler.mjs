/**
 * Next's cache of pages, data reads and tags, chosen when the server starts, not when it is built:
 * the Docker image is built once without REDIS_URL (Next's standalone output freezes next.config.ts's
 * values at build time), and runs both as a single container and as one of the replicas that share
 * their cache in Redis (docker-compose.yml).
 *
 * - With REDIS_URL: the shared cache in Redis (sharedCacheHandler.mjs).
 * - Without it: Next's own cache on this server's disk, the most used entries also in 16 MB of memory
 *   rather than Next's default 50 (the soak's server held about 70 MB of such buffers with 50; the rest
 *   is read back from disk, from the system's file cache).
 * - While `next build` runs: Next's own, always (the build renders against a throwaway database).
 *
 * Either way, pages are stored and served without Next's client runtime (withoutClientRuntime.mjs),
 * then with the status their HTML says (renderedStatus.mjs: the server-rendered 404).
 *
 * A plain .mjs file: Next loads it at run time, outside its bundles.
 */
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

import { withRenderedStatus } from './renderedStatus.mjs'
import { withoutClientRuntime } from './withoutClientRuntime.mjs'

export const LOCAL_MEMORY_BYTES = 16 * 1024 * 1024

/** Next's default handler with a smaller memory part (next.config.ts sets Next's own to 0: this one decides). */
class LocalCacheHandler extends FileSystemCache.default {
  constructor(context) {
    super({ ...context, maxMemoryCacheSize: LOCAL_MEMORY_BYTES })
  }
}

const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD

// Outermost first: a page is stripped of its scripts, then its status read in what is left.
export default withoutClientRuntime(
  withRenderedStatus(shared ? (await import('./sharedCacheHandler.mjs')).default : LocalCacheHandler),
)
