import { NotFoundContent } from '@/components/layout/NotFoundContent'
import { PageShell } from '@/components/layout/PageShell'
import { getFrame } from '@/lib/content/frame'
import { requestLocale } from '@/lib/i18n/requestLocale'
import { translator } from '@/lib/i18n/server'
import { homeHref, localeHrefs } from '@/lib/site/routes'

/**
 * The localized 404, in the language of the address asked for (404 status). Next does not
 * server-render a segment's not-found page: the HTML is its bare error document and this page is
 * drawn from the RSC payload in the browser (vercel/next.js#62228, #59180; see tests/e2e/notFound.test.ts).
 * Its title is a React `<title>` (hoisted into the head): Next reads no metadata from not-found files.
 */
export default async function NotFound() {
  const locale = requestLocale()
  const frame = await getFrame(locale)
  const name = frame.site.shortName?.text ?? frame.site.organisationName.text
  return (
    <>
      <title>{`${translator(locale)('notFound.title')} · ${name}`}</title>
      <PageShell locale={locale} frame={frame} hrefs={localeHrefs(homeHref)}>
        <NotFoundContent locale={locale} />
      </PageShell>
    </>
  )
}
