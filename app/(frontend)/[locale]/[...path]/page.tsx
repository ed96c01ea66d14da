import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { renderedNotFoundMetadata, withServerRendered404 } from '@/components/layout/serverRendered404'
import { PageShell } from '@/components/layout/PageShell'
import { PageArticle } from '@/components/pages/PageArticle'
import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { getFrame } from '@/lib/content/frame'
import { getPageByPath } from '@/lib/content/pages'
import { getSiteFrame } from '@/lib/content/site'
import { foundOrNull, localeParam, metadataLocale, redirectOr404 } from '@/lib/site/pageParams'
import { documentHrefs, hrefFor, isSlugLike } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'

type Props = { params: Promise<{ locale: string; path: string[] }> }

/** Pages are at most this deep; a longer path is a 404 before any query. */
const MAX_DEPTH = 8

export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const raw = await params
  const locale = localeParam(raw.locale)
  const segments = raw.path ?? []
  if (segments.length === 0 || segments.length > MAX_DEPTH || !segments.every(isSlugLike)) notFound()
  const { lookup, children } = await getPageByPath(locale, segments)
  if (lookup.status === 'moved') permanentRedirect(hrefFor('pages', lookup.slug, locale))
  if (lookup.status === 'not-found') return redirectOr404(hrefFor('pages', segments.join('/'), locale))
  return { locale, found: lookup, children }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params
  const locale = metadataLocale(raw.locale)
  const segments = raw.path ?? []
  if (!locale || segments.length === 0 || segments.length > MAX_DEPTH || !segments.every(isSlugLike))
    return renderedNotFoundMetadata(params)
  const found = foundOrNull((await getPageByPath(locale, segments)).lookup)
  if (!found) return renderedNotFoundMetadata(params)
  const { doc } = found.result
  const site = await getSiteFrame(locale)
  return pageMetadata(
    {
      locale,
      hrefs: documentHrefs('pages', found.alternates),
      translated: found.translated,
      title: doc.meta?.title || doc.title,
      description: doc.meta?.description || doc.summary,
    },
    site.organisationName.text,
  )
}

export default withServerRendered404(async function NestedPage({ params }: Props) {
  const { locale, found, children } = await load(params)
  const frame = await getFrame(locale)
  return (
    <PageShell
      locale={locale}
      frame={frame}
      hrefs={documentHrefs('pages', found.alternates)}
      document={{ collection: 'pages', id: found.result.doc.id }}
    >
      {frame.previewing && <RefreshOnSave />}
      <PageArticle locale={locale} view={found.result} subpages={children} />
    </PageShell>
  )
})
