/**
 * The security headers every response carries (next.config.ts `headers()`): the site, the admin, the
 * API and uploaded files. Read at build time: they are written into the build's routes manifest.
 *
 * Script policy, chosen deliberately: `script-src 'self' 'unsafe-inline'`, no nonces. Next inlines the
 * scripts that hydrate each page (the RSC payload), and Payload's admin is a Next app too. A nonce
 * must be new on every response, which makes every page dynamic: the site's pages are cached and
 * served without rendering (lib/content), and a cached page would carry a stale nonce. Hashes cannot
 * cover inline scripts whose text is the page's data. What the policy still blocks: scripts from any
 * other origin, `eval` (production), plugins, `<base>` hijacking, forms posting elsewhere, and
 * framing by other sites. Markup typed by editors is escaped (tests/e2e/badInput.test.ts), so the
 * inline allowance is not what keeps injected scripts out.
 */

type Header = { key: string; value: string }
export type HeaderRule = { source: string; headers: Header[] }

const production = process.env.NODE_ENV === 'production'

function contentSecurityPolicy(frameAncestors: string): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Development only: React Refresh evaluates modules.
    'script-src': ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    // Payload's admin and Next's font and image components set inline styles.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Images the admin previews before upload are blob: and data: addresses.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    // Development only: the hot-reload socket.
    'connect-src': ["'self'", ...(production ? [] : ['ws:', 'wss:'])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    // Live Preview frames the site's own pages inside the admin.
    'frame-src': ["'self'"],
    'frame-ancestors': [frameAncestors],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ')

const common: Header[] = [
  // Uploaded files included: a file is what its Content-Type says, never sniffed into HTML.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  // Browsers ignore it over plain http; in production the site is served over https.
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

/**
 * Site pages may be framed by the site itself (the admin's Live Preview); the admin by nobody.
 * Next applies every matching rule, and a later rule's header replaces an earlier one's
 * (`/admin/:path*` matches `/admin` too).
 */
export function securityHeaders(): HeaderRule[] {
  return [
    {
      source: '/:path*',
      headers: [
        ...common,
        { key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'") },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    {
      source: '/admin/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: contentSecurityPolicy("'none'") },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
  ]
}
