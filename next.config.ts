import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

/**
 * With REDIS_URL (several instances: `npm run cluster`, docker compose), Next's cache of pages, data
 * and tags lives in Redis, shared by every instance (lib/cache/sharedCacheHandler.mjs). Without it,
 * Next's own cache on this server, as in development. Read when the server starts, not at build.
 */
const sharedCache: Pick<NextConfig, 'cacheHandler' | 'cacheMaxMemorySize'> = process.env.REDIS_URL
  ? {
      cacheHandler: path.join(process.cwd(), 'lib/cache/sharedCacheHandler.mjs'),
      // No second copy in this process's memory: it would not hear another instance's revalidation.
      cacheMaxMemorySize: 0,
    }
  : {}

const nextConfig: NextConfig = {
  // Inlined at build time: the site's data cache is namespaced per build (lib/content/cache.ts), so a
  // deploy never serves entries shaped by the previous code.
  env: { SITE_BUILD_ID: Date.now().toString(36) },
  reactStrictMode: true,
  poweredByHeader: false,
  // Tests and screenshots reach the dev server as 127.0.0.1, not localhost.
  allowedDevOrigins: ['127.0.0.1'],
  compress: true,
  ...sharedCache,
  images: {
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
