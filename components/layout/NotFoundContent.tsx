import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { homeHref, sectionHref } from '@/lib/site/routes'

/**
 * What the 404 says: the page is not here, and where to go instead. `data-http-status`: the page cache's
 * handler answers a page that shows it with status 404 (lib/cache/renderedStatus.mjs).
 */
export function NotFoundContent({ locale }: { locale: LocaleCode }) {
  const t = translator(locale)
  return (
    <div className="not-found" data-http-status="404">
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
  )
}
