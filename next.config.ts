import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Inlined at build time: the site's data cache is namespaced per build (lib/content/cache.ts), so a
  // deploy never serves entries shaped by the previous code.
  env: { SITE_BUILD_ID: Date.now().toString(36) },
  reactStrictMode: true,
  poweredByHeader: false,
  // Tests and screenshots reach the dev server as 127.0.0.1, not localhost.
  allowedDevOrigins: ['127.0.0.1'],
  compress: true,
  // Search results pages: a shared cache (CDN, nginx) may keep one for 10 s and serve it up to a minute
  // longer while it fetches a fresh one; a publish expires the server's own copy at once (lib/search).
  // Next keeps a Cache-Control set here on dynamic pages (send-payload sets its own only when none is).
  headers: async () => [
    {
      source: '/:locale(en|fr|es|ar)/search',
      headers: [{ key: 'Cache-Control', value: 'public, s-maxage=10, stale-while-revalidate=60' }],
    },
  ],
  images: {
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
