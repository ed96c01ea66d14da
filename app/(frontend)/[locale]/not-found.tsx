import { ErrorFrameHeader } from '@/components/errors/ErrorFrame'
import { notFoundMetadata } from '@/components/layout/NotFoundPage'
import { NotFoundContent } from '@/components/layout/NotFoundContent'
import { requestLocale } from '@/lib/i18n/requestLocale'

export const generateMetadata = notFoundMetadata

/**
 * The localized 404 for a `notFound()` thrown while rendering, in the language of the address, where
 * the page does not draw its own (components/layout/serverRendered404.tsx): an editor previewing
 * drafts, `next dev`. Next draws it in the browser only (its server HTML is a bare error document,
 * vercel/next.js#62228).
 *
 * Light on purpose, in the error page's frame (the organisation's mark and name, leading home): this
 * boundary travels, rendered, in the data of every page of the site. With the site's header and footer
 * it was 7 KB of the home page's 34 KB.
 */
export default function NotFound() {
  const locale = requestLocale()
  return (
    <>
      <ErrorFrameHeader locale={locale} />
      <main id="main" tabIndex={-1}>
        <NotFoundContent locale={locale} />
      </main>
    </>
  )
}
