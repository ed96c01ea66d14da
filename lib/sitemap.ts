/** sitemap.xml (sitemaps.org 0.9) with hreflang alternates (xhtml:link), one <url> per page per locale. */
import type { SitemapEntry } from './content/sitemap'
import { localeCodes } from './i18n/locales'
import { absoluteUrl, xDefaultLocale } from './routes'
import { escapeXml } from './rss'

export function buildSitemap(entries: SitemapEntry[]): string {
  const urls = entries.flatMap((entry) => {
    const links = [
      ...localeCodes.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(absoluteUrl(entry.hrefs[l]))}"/>`),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(absoluteUrl(entry.hrefs[xDefaultLocale]))}"/>`,
    ].join('\n')
    const lastmod = entry.lastModified ? `\n    <lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>` : ''
    return localeCodes.map((l) => `  <url>\n    <loc>${escapeXml(absoluteUrl(entry.hrefs[l]))}</loc>${lastmod}\n${links}\n  </url>`)
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`
}
