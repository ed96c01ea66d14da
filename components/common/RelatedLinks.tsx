import type { Link } from '@/lib/content/documents'
import type { LocaleCode } from '@/lib/i18n/locales'
import type { RoutedCollection } from '@/lib/site/routes'
import { DocLink } from './DocLink'

/** A titled list of links to related documents, each marked with its language when not the page's. */
export function RelatedLinks({
  title,
  links,
  collection,
  locale,
}: {
  title: string
  links: Link[]
  collection: RoutedCollection
  locale: LocaleCode
}) {
  if (links.length === 0) return null
  return (
    <section className="related">
      <h2>{title}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <DocLink
              collection={collection}
              slug={link.slug}
              title={link.title}
              locale={locale}
              shownIn={link.locale}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
