import { NotFoundPage, notFoundMetadata } from '@/components/layout/NotFoundPage'
import { localeParam } from '@/lib/site/pageParams'

export const generateMetadata = notFoundMetadata

/**
 * `/{locale}/_404`: the localized 404 rendered as an ordinary page, so that its HTML comes from the
 * server (stored with status 404: lib/cache/renderedStatus.mjs). The proxy rewrites the addresses
 * outside every locale here; the folder's `%5F` is Next's escape for a leading underscore, which no
 * slug can have.
 */
export default async function NotFoundRoute({ params }: { params: Promise<{ locale: string }> }) {
  return <NotFoundPage locale={localeParam((await params).locale)} />
}
