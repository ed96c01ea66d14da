import { sitemapEntries } from '@/lib/content/sitemap'
import { buildSitemap } from '@/lib/feeds/sitemap'

/** Every published page in every locale, with its alternates. */
export async function GET(): Promise<Response> {
  return new Response(buildSitemap(await sitemapEntries()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
