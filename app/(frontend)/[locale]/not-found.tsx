import { NotFoundContent } from '@/components/layout/NotFoundContent'
import { PageShell } from '@/components/layout/PageShell'
import { getFrame } from '@/lib/content/frame'
import { requestLocale } from '@/lib/i18n/requestLocale'
import { homeHref, localeHrefs } from '@/lib/routes'

/**
 * The localized 404, in the language of the address asked for (404 status). With two root layouts
 * (site and admin) Next does not server-render a segment's not-found page: the HTML is its bare
 * error document and this page is drawn from the RSC payload in the browser (vercel/next.js#59180).
 */
export default async function NotFound() {
  const locale = requestLocale()
  const frame = await getFrame(locale)
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs(homeHref)}>
      <NotFoundContent locale={locale} />
    </PageShell>
  )
}
