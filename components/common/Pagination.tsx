import type { LocaleCode } from '@/lib/i18n/locales'
import { formatNumber } from '@/lib/time/format'
import { translator } from '@/lib/i18n/server'
import { pageWindow } from '@/lib/site/pagination'
import { withQuery } from '@/lib/site/routes'

/**
 * Where each page of a list is: a function of the page number (the lists, whose pages are path
 * segments: lib/site/listPaths.ts), or an address whose query string gets `page` (search).
 */
type PageAddresses =
  | { hrefOf: (page: number) => string; href?: never; query?: never }
  | { hrefOf?: never; href: string; query?: Record<string, string | number | undefined> }

/** Previous / page numbers (first, last and those around the current one) / next, as plain links that keep the list's other filters. */
export function Pagination({
  locale,
  page,
  totalPages,
  ...addresses
}: {
  locale: LocaleCode
  page: number
  totalPages: number
} & PageAddresses) {
  if (totalPages <= 1) return null
  const t = translator(locale)
  const to =
    addresses.hrefOf ??
    ((p: number) => withQuery(addresses.href, { ...addresses.query, page: p === 1 ? undefined : p }))
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
