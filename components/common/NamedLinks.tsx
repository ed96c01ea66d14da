import { InLanguage } from '@/components/i18n/InLanguage'
import type { LocaleCode } from '@/lib/i18n/locales'

interface Named {
  id?: string | null
  name: string
  url?: string | null
}

/** A titled list of names (organisers, partners), linked when they have a website. */
export function NamedLinks({
  title,
  items,
  locale,
  shownIn,
}: {
  title: string
  items: Named[] | null | undefined
  locale: LocaleCode
  shownIn: LocaleCode
}) {
  if (!items?.length) return null
  return (
    <section className="related">
      <h2>{title}</h2>
      <InLanguage pageLocale={locale} shownIn={shownIn}>
        <ul>
          {items.map((item, i) => (
            <li key={item.id ?? i}>{item.url ? <a href={item.url}>{item.name}</a> : item.name}</li>
          ))}
        </ul>
      </InLanguage>
    </section>
  )
}
