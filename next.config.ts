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
  // A cached page older than this is rendered again before it is served; caches in front of the
  // server may serve it stale for this long past its s-maxage while they fetch it again
  // (Cache-Control: s-maxage=60, stale-while-revalidate=540; the 60 is app/(frontend)/[locale]/layout.tsx's).
  expireTime: 600,
  images: {
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
