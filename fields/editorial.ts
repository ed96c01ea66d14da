import type { CollectionConfig } from 'payload'

/**
 * Drafts with autosave, versions, and scheduled publish for every editorial collection.
 *
 * Not `localizeStatus` (Payload's experimental per-locale publishing), tried on 3.90.1: with it, a
 * visitor's query in a locale not yet published there finds nothing, so the document vanishes from
 * that locale's lists instead of falling back to its source language (DESIGN.md, Locales); it broke
 * the read layer, scheduled publish and the XLIFF import (6 tests), and Payload still has open
 * issues on it (#17923: `locale: 'all'` with a `_status` filter returns nothing, types unchanged;
 * #16395: the edit view loads a stale version). A translation goes live when the document is
 * published; a translator's save of a published document publishes their language with it.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 50,
}

type Labels = Record<'en' | 'fr' | 'es' | 'ar', string>

export const label = (en: string, fr: string, es: string, ar: string): Labels => ({ en, fr, es, ar })
