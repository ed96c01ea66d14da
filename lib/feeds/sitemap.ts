/**
 * sitemap.xml (sitemaps.org 0.9) with hreflang alternates (xhtml:link): one <url> per page and
 * locale it is written in. A document shown in a locale it is not translated into is left out
 * there: that page's canonical address is its source-language page (lib/site/seo.ts pageAddresses).
 */
import type { SitemapEntry } from '../content/sitemap'
import { localeCodes } from '../i18n/locales'
import { absoluteUrl } from '../site/routes'
import { escapeXml } from '../text/xml'
import { pageAddresses } from '../site/seo'

export function buildSitemap(entries: SitemapEntry[]): string {
  const urls = entries.flatMap((entry) => {
    const written = entry.translated && entry.translated.length > 0 ? entry.translated : localeCodes
    const { languages } = pageAddresses({ locale: written[0], hrefs: entry.hrefs, translated: written })
    const links = Object.entries(languages)
      .map(([hreflang, href]) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`)
      .join('\n')
    const lastmod = entry.lastModified ? `\n    <lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>` : ''
    return written.map(
      (l) => `  <url>\n    <loc>${escapeXml(absoluteUrl(entry.hrefs[l]))}</loc>${lastmod}\n${links}\n  </url>`,
    )
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`
}

/** The sitemap index (sitemaps.org 0.9): the absolute address of each of the sitemap's files. */
export function buildSitemapIndex(paths: readonly string[]): string {
  const sitemaps = paths.map((p) => `  <sitemap>\n    <loc>${escapeXml(absoluteUrl(p))}</loc>\n  </sitemap>`)
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemaps.join('\n')}
</sitemapindex>
`
}
