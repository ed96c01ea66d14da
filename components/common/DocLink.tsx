import { directionOf, type LocaleCode } from '@/lib/i18n/locales'
import { hrefFor, type RoutedCollection } from '@/lib/site/routes'

/** A link to a document's page, its title marked with its own language when not the page's. */
export function DocLink({
  collection,
  slug,
  title,
  locale,
  shownIn,
}: {
  collection: RoutedCollection
  slug: string | null | undefined
  title: string
  locale: LocaleCode
  shownIn: LocaleCode
}) {
  const foreign = shownIn !== locale
  return (
    <a
      href={hrefFor(collection, slug ?? '', locale)}
      lang={foreign ? shownIn : undefined}
      dir={foreign ? directionOf(shownIn) : undefined}
    >
      {title}
    </a>
  )
}
