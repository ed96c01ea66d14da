/**
 * Turning a route's raw params into what the read functions accept, or the localized 404 / a
 * redirect: in one place so every route treats bad input the same way (never a 500).
 */
import { notFound, permanentRedirect } from 'next/navigation'

import type { DocumentLookup } from './content/documents'
import { isLocale, type LocaleCode } from './i18n/locales'
import { hrefFor, isSlugLike, type RoutedCollection } from './routes'

export function localeParam(value: string): LocaleCode {
  if (!isLocale(value)) notFound()
  return value
}

export function slugParam(value: string): string {
  if (!isSlugLike(value)) notFound()
  return value
}

/** The found document, or a permanent redirect to its own slug in this locale, or the 404. */
export function foundOr404<T>(lookup: DocumentLookup<T>, collection: RoutedCollection, locale: LocaleCode): Extract<DocumentLookup<T>, { status: 'found' }> {
  if (lookup.status === 'moved') permanentRedirect(hrefFor(collection, lookup.slug, locale))
  if (lookup.status === 'not-found') notFound()
  return lookup
}
