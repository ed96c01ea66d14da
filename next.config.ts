import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaders } from './lib/security/headers'

const nextConfig: NextConfig = {
  // Inlined at build time: the site's data cache is namespaced per build (lib/content/cache.ts), so a
  // deploy never serves entries shaped by the previous code.
  env: { SITE_BUILD_ID: Date.now().toString(36) },
  // The Docker image's build (NEXT_OUTPUT=standalone) keeps only the files the server loads; `next start` elsewhere.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  reactStrictMode: true,
  poweredByHeader: false,
  // Tests and screenshots reach the dev server as 127.0.0.1, not localhost.
  allowedDevOrigins: ['127.0.0.1'],
  compress: true,
  images: {
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // CSP, HSTS, framing, nosniff, referrer and permissions policies (lib/security/headers.ts).
  headers: async () => securityHeaders(),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
