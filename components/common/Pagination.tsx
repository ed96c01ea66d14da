import type { LocaleCode } from '@/lib/i18n/locales'
import { formatNumber } from '@/lib/time/format'
import { translator } from '@/lib/i18n/server'
import { pageWindow } from '@/lib/site/pagination'
import { withQuery } from '@/lib/site/routes'

/** Previous / page numbers (first, last and those around the current one) / next, as plain links that keep the list's other filters. */
export function Pagination({
  locale,
  href,
  page,
  totalPages,
  query = {},
}: {
  locale: LocaleCode
  href: string
  page: number
  totalPages: number
  query?: Record<string, string | number | undefined>
}) {
  if (totalPages <= 1) return null
  const t = translator(locale)
  const to = (p: number) => withQuery(href, { ...query, page: p === 1 ? undefined : p })
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={to(page - 1)} rel="prev">
              {t('previousPage')}
            </a>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <a
                href={to(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('pageNumber', { number: formatNumber(p, locale) })}
              >
                {formatNumber(p, locale)}
              </a>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a href={to(page + 1)} rel="next">
              {t('nextPage')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
