import { absoluteUrl, sectionHref } from '@/lib/site/routes'
import { localeCodes } from '@/lib/i18n/locales'

/**
 * Answered per request, not written at build time: the sitemap's address comes from the public
 * address the server is started with (lib/site/routes.ts siteOrigin()).
 */
export const dynamic = 'force-dynamic'

/** Crawl the site, not the admin, the API or search results; the sitemap lists everything. */
export function GET(): Response {
  const lines = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    ...localeCodes.map((l) => `Disallow: ${sectionHref('search', l)}`),
    '',
    `Sitemap: ${absoluteUrl('/sitemap.xml')}`,
    '',
  ]
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
