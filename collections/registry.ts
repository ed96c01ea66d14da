/**
 * The one registry of the content collections: what each is to the site and to the translation
 * workflow. Every list that used to be written by hand — the translated collections, the field that
 * names a document, the cache tags, the searched collections, the site's sections and sitemap — is
 * derived from this table. A new content collection is added here and in its own folder
 * (collections/<Name>/, listed in collections/index.ts); nothing else names it.
 *
 * Data only (no Payload config is imported here), so that the site's read layer, the admin's views
 * and the command-line jobs can all read it without loading the collections' hooks.
 */
import type { CollectionSlug } from 'payload'

interface RegistryEntry {
  /** The localized field that names a document (`useAsTitle`); present in a locale = translated there. */
  titleField: string
  /**
   * Where its documents live on the site: a section (`/{locale}/news/{slug}`), `'nested'` for pages
   * addressed by their breadcrumb path (`/{locale}/who-we-are/structure`), or none (images).
   */
  route: { section: string } | 'nested' | null
  /** Found by the site's search. */
  searched: boolean
}

export const contentCollections = {
  'press-releases': { titleField: 'title', route: { section: 'news' }, searched: true },
  events: { titleField: 'title', route: { section: 'events' }, searched: true },
  'health-programmes': { titleField: 'title', route: { section: 'programmes' }, searched: true },
  offices: { titleField: 'name', route: { section: 'offices' }, searched: true },
  pages: { titleField: 'title', route: 'nested', searched: false },
  media: { titleField: 'alt', route: null, searched: false },
} as const satisfies Partial<Record<CollectionSlug, RegistryEntry>>

type Registry = typeof contentCollections

/** Every content collection: all are translated, tagged in the site's cache and listed in the Translations view. */
export type ContentCollection = keyof Registry

/** Content collections whose documents have a page of their own on the site. */
export type RoutedCollection = {
  [C in ContentCollection]: Registry[C]['route'] extends null ? never : C
}[ContentCollection]

/** Content collections under a section of the site (`/{locale}/{section}/{slug}`). */
export type SectionCollection = {
  [C in ContentCollection]: Registry[C]['route'] extends { section: string } ? C : never
}[ContentCollection]

export type SearchedCollection = {
  [C in ContentCollection]: Registry[C]['searched'] extends true ? C : never
}[ContentCollection]

export type DocumentSection = Registry[SectionCollection]['route']['section']

const entries = Object.entries(contentCollections) as [ContentCollection, RegistryEntry][]

export const contentCollectionSlugs: readonly ContentCollection[] = entries.map(([slug]) => slug)

export const routedCollections = entries.filter(([, e]) => e.route !== null).map(([slug]) => slug) as RoutedCollection[]

export const searchedCollections = entries.filter(([, e]) => e.searched).map(([slug]) => slug) as SearchedCollection[]

export const sectionOf = Object.fromEntries(
  entries.flatMap(([slug, e]) => (typeof e.route === 'object' && e.route ? [[slug, e.route.section]] : [])),
) as { [C in SectionCollection]: Registry[C]['route']['section'] }

export const documentSections = Object.values(sectionOf) as DocumentSection[]

export function titleFieldOf(collection: ContentCollection): string {
  return contentCollections[collection].titleField
}

export function isRoutedCollection(value: unknown): value is RoutedCollection {
  return isContentCollection(value) && contentCollections[value].route !== null
}

export function isContentCollection(value: unknown): value is ContentCollection {
  return typeof value === 'string' && Object.hasOwn(contentCollections, value)
}
