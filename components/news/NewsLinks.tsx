import { DocLink } from '@/components/common/DocLink'
import type { Localized } from '@/lib/content/localized'
import { formatDate } from '@/lib/time/format'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'

type NewsLink = Localized<{
  id: number
  title: string
  slug?: string | null
  publishedDate: string
  timeZone?: string | null
}>

/**
 * The press releases about something (an office, a programme): linked titles with their dates, then
 * a link to all of them (the news list filtered by it).
 */
export function NewsLinks({
  items,
  locale,
  all,
}: {
  items: NewsLink[]
  locale: LocaleCode
  all?: { href: string; label: string }
}) {
  if (items.length === 0) return null
  const t = translator(locale)
  return (
    <section className="related">
      <h2>{t('related.news')}</h2>
      <ul>
        {items.map((n) => (
          <li key={n.doc.id}>
            <DocLink
              collection="press-releases"
              slug={n.doc.slug}
              title={n.doc.title}
              locale={locale}
              shownIn={n.locale}
            />{' '}
            <time className="meta" dateTime={n.doc.publishedDate}>
              {formatDate(n.doc.publishedDate, locale, n.doc.timeZone ?? undefined)}
            </time>
          </li>
        ))}
      </ul>
      {all ? (
        <p className="more">
          <a href={all.href}>{all.label}</a>
        </p>
      ) : null}
    </section>
  )
}
