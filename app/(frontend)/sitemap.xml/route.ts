import { sitemapPartName, sitemapParts } from '@/lib/content/sitemap'
import { buildSitemapIndex } from '@/lib/feeds/sitemap'
import { sitemapHref } from '@/lib/site/routes'

/** The sitemap index: the home and section pages, then each collection's documents, a bounded number per file. */
export async function GET(): Promise<Response> {
  const parts = await sitemapParts()
  return new Response(buildSitemapIndex(parts.map((part) => sitemapHref(sitemapPartName(part)))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
