import type { CollectionConfig } from 'payload'

/**
 * Drafts with autosave, versions, and scheduled publish for every editorial collection.
 *
 * Per-locale publishing is Payload's `publishSpecificLocale`: publishing one language writes that
 * language's draft to the published document and keeps the others' last published text, while
 * their drafts stay the newest version. A translator's save publishes their language this way
 * (hooks/publishTranslatorsLocale), as does the XLIFF import for the file's language, the admin's
 * "Publish in …" (in the publish button's menu) and the schedule drawer for a chosen locale. The
 * site reads published documents only, so a language never published falls back to the source
 * language (DESIGN.md, Locales). Shared (non-localized) fields are published only by "Publish
 * changes" (every language): Payload keeps their published values when one language is published,
 * which is why that stays the editors' default button.
 *
 * Not `localizeStatus` (Payload's experimental per-locale status), tried on 3.90.1: with it, a
 * visitor's query in a locale not yet published there finds nothing, so the document vanishes from
 * that locale's lists instead of falling back to its source language; it broke the read layer,
 * scheduled publish and the XLIFF import (6 tests), and Payload still has open issues on it
 * (#17923: `locale: 'all'` with a `_status` filter returns nothing; #16395: the edit view loads a
 * stale version).
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 50,
}
