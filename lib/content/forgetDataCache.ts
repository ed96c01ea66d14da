/**
 * At a production start, Next's data cache on disk (`.next/cache/fetch-cache`: the reads made through
 * `cached()`, lib/content/cache.ts) is emptied before the first request. Its entries were made by the
 * build, against a throwaway database, or by an earlier run: expiring their tags at start (siteCache.ts)
 * did not keep every one of them out — a page rendered in the first seconds sometimes read one
 * language's menu and organisation name from the build's empty database and kept them for a minute
 * (seen at random in the browser suite: es in one run, ar in others). An empty data cache has nothing
 * to serve but what the database says. It also drops the entries of earlier builds, which nothing
 * else removes. With REDIS_URL the data cache is in Redis (lib/cache/sharedCacheHandler.mjs), not here.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'

export function forgetDataCacheFromBefore(): void {
  if (process.env.NODE_ENV !== 'production' || process.env.REDIS_URL) return
  rmSync(path.join(process.cwd(), '.next', 'cache', 'fetch-cache'), { recursive: true, force: true })
}
