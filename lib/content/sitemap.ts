import type { TypedCollectionSelect } from 'payload'

import { localeCodes, type LocaleCode } from '../i18n/locales'
import { documentSections, routedCollections, type RoutedCollection } from '../../collections/registry'
import { documentHrefs, homeHref, localeHrefs, sectionHref } from '../site/routes'
import { cached } from './cache'
import { alternatesFrom, alternatesSelect, translatedLocales, type AllLocalesDoc } from './documents'
import { payloadClient } from './payload'
import { collectionTag } from './tags'

export interface SitemapEntry {
  /** The page's path in every locale. */
  hrefs: Record<LocaleCode, string>
  /** For a document, the locales it is written in (source first): only these are listed. */
  translated?: readonly LocaleCode[]
  lastModified?: string
}

/**
 * Documents per sitemap file. Each gives up to one address per language (four), so a file stays
 * under the protocol's 50,000 addresses; and a crawler's request reads a bounded page of documents,
 * never the whole archive (at N = 100,000 that read alone outgrew a server's memory limit).
 */
export const SITEMAP_DOCUMENTS = 10_000

/** One file of the sitemap: the home and section pages, or one page of a collection's documents. */
export type SitemapPart = { kind: 'pages' } | { kind: 'documents'; collection: RoutedCollection; page: number }

/** The part's file name under /sitemaps/: `pages.xml`, `press-releases-1.xml`. */
export function sitemapPartName(part: SitemapPart): string {
  return part.kind === 'pages' ? 'pages.xml' : `${part.collection}-${part.page}.xml`
}

/** The part a file name names, or undefined for any other name (the route answers 404). */
export function sitemapPartOf(name: string): SitemapPart | undefined {
  if (name === 'pages.xml') return { kind: 'pages' }
  const match = /^([a-z-]+)-([1-9]\d{0,5})\.xml$/.exec(name)
  const collection = routedCollections.find((c) => c === match?.[1])
  return collection && match ? { kind: 'documents', collection, page: Number(match[2]) } : undefined
}

const documentTags = () => routedCollections.map((c) => collectionTag(c))

/** Every file of the sitemap: the pages, then as many pages of each collection as its published documents fill. */
export const sitemapParts = cached<[documentsPerFile?: number], SitemapPart[]>(
  async (documentsPerFile?: number): Promise<SitemapPart[]> => {
    const size = documentsPerFile ?? SITEMAP_DOCUMENTS
    const payload = await payloadClient()
    const parts: SitemapPart[] = [{ kind: 'pages' }]
    for (const collection of routedCollections) {
      const { totalDocs } = await payload.count({ collection, overrideAccess: false })
      for (let page = 1; page <= Math.ceil(totalDocs / size); page++)
        parts.push({ kind: 'documents', collection, page })
    }
    return parts
  },
  'sitemap:parts',
  documentTags,
)

/** The home page and each section, in every locale. */
export function pageSitemapEntries(): SitemapEntry[] {
  return [
    { hrefs: localeHrefs(homeHref) },
    ...documentSections.map((s) => ({ hrefs: localeHrefs((l) => sectionHref(s, l)) })),
  ]
}

/**
 * One page of a collection's published documents (oldest first, so that a page keeps its documents
 * as new ones are published), each in the locales it is written in.
 */
export const documentSitemapEntries = cached(
  async (collection: RoutedCollection, page: number, documentsPerFile?: number): Promise<SitemapEntry[]> => {
    const payload = await payloadClient()
    const select = { ...alternatesSelect(collection), updatedAt: true } as TypedCollectionSelect[typeof collection]
    const found = await payload.find({
      collection,
      locale: 'all',
      select,
      depth: 0,
      sort: 'createdAt',
      limit: documentsPerFile ?? SITEMAP_DOCUMENTS,
      page,
      pagination: true,
      draft: false,
      overrideAccess: false,
    })
    return (found.docs as unknown as (AllLocalesDoc & { updatedAt?: string })[]).flatMap((doc) => {
      const keys = alternatesFrom(collection, doc)
      const translated = translatedLocales(collection, doc)
      if (translated.length === 0 || localeCodes.some((l) => !keys[l])) return []
      return [{ hrefs: documentHrefs(collection, keys), translated, lastModified: doc.updatedAt }]
    })
  },
  'sitemap:documents',
  (collection) => [collectionTag(collection)],
)

/** The entries of one part of the sitemap. */
export function sitemapPartEntries(part: SitemapPart, documentsPerFile?: number): Promise<SitemapEntry[]> {
  return part.kind === 'pages'
    ? Promise.resolve(pageSitemapEntries())
    : documentSitemapEntries(part.collection, part.page, documentsPerFile)
}
