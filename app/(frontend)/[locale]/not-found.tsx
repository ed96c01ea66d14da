import { NotFoundPage, notFoundMetadata } from '@/components/layout/NotFoundPage'
import { requestLocale } from '@/lib/i18n/requestLocale'

export const generateMetadata = notFoundMetadata

/**
 * The localized 404 for a `notFound()` thrown while rendering, in the language of the address.
 * Next draws it in the browser only (its server HTML is a bare error document, vercel/next.js#62228):
 * the proxy sends the addresses it can tell are unknown to the `_404` page instead, drawn on the server.
 */
export default function NotFound() {
  return <NotFoundPage locale={requestLocale()} />
}
