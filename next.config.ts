import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

// With its extension: `next start` loads this file with Node's own TypeScript support (NEXT_START_ARGS).
import { securityHeaders } from './lib/security/headers.ts'

/**
 * Next's cache of pages, data and tags: in Redis, shared by every instance, when REDIS_URL is set when
 * the server starts (`npm run cluster`, docker compose); otherwise Next's own on this server's disk,
 * with 16 MB of it in memory. lib/cache/cacheHandler.mjs chooses at start, not here: Next's standalone
 * output (the Docker image) keeps this file's values from the build, which has no REDIS_URL.
 * Next's own memory part is off (0): the handler keeps its own. (A memory part once served one
 * language's frame from the build's empty database: the data cache on disk was the build's; a
 * production server now empties it when it starts, lib/content/forgetDataCache.ts.)
 */
const cache: Pick<NextConfig, 'cacheHandler' | 'cacheMaxMemorySize'> = {
  cacheHandler: path.join(process.cwd(), 'lib/cache/cacheHandler.mjs'),
  cacheMaxMemorySize: 0,
}

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
  ...cache,
  // The proxy sees the address the server was reached at (its host as given to `next start -H`), so
  // the 404 rewrite (proxy.ts) stays on this server: normalized, the proxy's URL says `localhost`,
  // which Next then takes for another host to proxy to.
  skipProxyUrlNormalize: true,
  // Search results pages: a shared cache (CDN, nginx) may keep one for 10 s and serve it up to a minute
  // longer while it fetches a fresh one; a publish expires the server's own copy at once (lib/search).
  // Next keeps a Cache-Control set here on dynamic pages (send-payload sets its own only when none is).
  // CSP, HSTS, framing, nosniff, referrer and permissions policies (lib/security/headers.ts).
  headers: async () => [
    ...securityHeaders(),
    {
      source: '/:locale(en|fr|es|ar)/search',
      headers: [{ key: 'Cache-Control', value: 'public, s-maxage=10, stale-while-revalidate=60' }],
    },
  ],
  // A cached page older than this is rendered again before it is served; caches in front of the
  // server may serve it stale for this long past its s-maxage while they fetch it again
  // (Cache-Control: s-maxage=60, stale-while-revalidate=540; the 60 is app/(frontend)/[locale]/layout.tsx's).
  expireTime: 600,
  images: {
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

type HeaderRules = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>

/** The colour-scheme client hint the admin reads to pick its theme (Accept-CH, Critical-CH, Vary). */
const isColorSchemeHint = (header: { key: string; value: string }) =>
  ['accept-ch', 'critical-ch', 'vary'].includes(header.key.toLowerCase()) &&
  header.value === 'Sec-CH-Prefers-Color-Scheme'

/**
 * `withPayload` sends the colour-scheme hint on every address (`/:path*`). `Critical-CH` makes
 * Chromium replay a visitor's first navigation to send the hint (measured by Lighthouse as a redirect,
 * about 600 ms): the site never reads it, so the hint goes to the admin alone.
 */
function adminOnlyColorSchemeHint(config: NextConfig): NextConfig {
  const payloadHeaders = config.headers
  if (!payloadHeaders) return config
  return {
    ...config,
    headers: async () =>
      (await payloadHeaders()).flatMap((rule): HeaderRules => {
        const hints = rule.headers.filter(isColorSchemeHint)
        if (hints.length === 0) return [rule]
        const others = rule.headers.filter((header) => !isColorSchemeHint(header))
        return [
          ...(others.length > 0 ? [{ ...rule, headers: others }] : []),
          // `:path*` is zero or more segments: `/admin` itself too.
          { ...rule, source: '/admin/:path*', headers: hints },
        ]
      }),
  }
}

export default adminOnlyColorSchemeHint(withPayload(nextConfig, { devBundleServerPackages: false }))
