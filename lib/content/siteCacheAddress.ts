/** Where a server expires its own site cache on request (app/(payload)/api/site-cache, lib/content/siteCache.ts). */
export const SITE_CACHE_PATH = '/api/site-cache'
