import { sitemapPartEntries, sitemapPartOf } from '@/lib/content/sitemap'
import { buildSitemap } from '@/lib/feeds/sitemap'

/**
 * One file of the sitemap (listed by /sitemap.xml): every page in it in every locale it is written
 * in, with its alternates. A name the index does not list answers 404, as does a page past the end.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const part = sitemapPartOf((await params).name)
  const entries = part ? await sitemapPartEntries(part) : []
  if (!part || (part.kind === 'documents' && part.page > 1 && entries.length === 0))
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(buildSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
