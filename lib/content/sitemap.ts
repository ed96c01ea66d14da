import type { TypedCollectionSelect } from 'payload'

import { localeCodes, type LocaleCode } from '../i18n/locales'
import { documentSections, routedCollections } from '../../collections/registry'
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

const DOCUMENT_COLLECTIONS = routedCollections

/** Every published page of the site in every locale: home, sections, then each document. */
export const sitemapEntries = cached(
  async (): Promise<SitemapEntry[]> => {
    const payload = await payloadClient()
    const entries: SitemapEntry[] = [
      { hrefs: localeHrefs(homeHref) },
      ...documentSections.map((s) => ({
        hrefs: localeHrefs((l) => sectionHref(s, l)),
      })),
    ]
    for (const collection of DOCUMENT_COLLECTIONS) {
      const select = { ...alternatesSelect(collection), updatedAt: true } as TypedCollectionSelect[typeof collection]
      const found = await payload.find({
        collection,
        locale: 'all',
        select,
        depth: 0,
        pagination: false,
        draft: false,
        overrideAccess: false,
      })
      for (const doc of found.docs as unknown as (AllLocalesDoc & { updatedAt?: string })[]) {
        const keys = alternatesFrom(collection, doc)
        const translated = translatedLocales(collection, doc)
        if (translated.length === 0 || localeCodes.some((l) => !keys[l])) continue
        entries.push({ hrefs: documentHrefs(collection, keys), translated, lastModified: doc.updatedAt })
      }
    }
    return entries
  },
  'sitemap',
  () => DOCUMENT_COLLECTIONS.map((c) => collectionTag(c)),
)
