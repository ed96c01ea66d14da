import { PageShell } from '@/components/layout/PageShell'
import { getFrame } from '@/lib/content/frame'
import { requestLocale } from '@/lib/i18n/requestLocale'
import { translator } from '@/lib/i18n/server'
import { homeHref, localeHrefs, sectionHref } from '@/lib/routes'

/** The localized 404: what happened and where to go next, in the language of the address asked for. */
export default async function NotFound() {
  const locale = requestLocale()
  const t = translator(locale)
  const frame = await getFrame(locale)
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs(homeHref)}>
      <div className="not-found">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.text')}</p>
        <ul>
          <li>
            <a href={homeHref(locale)}>{t('notFound.home')}</a>
          </li>
          <li>
            <a href={sectionHref('search', locale)}>{t('notFound.search')}</a>
          </li>
        </ul>
      </div>
    </PageShell>
  )
}
