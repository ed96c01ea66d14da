import type { CollectionConfig } from 'payload'

/** Drafts with autosave, versions, and scheduled publish for every editorial collection. */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 50,
}

type Labels = Record<'en' | 'fr' | 'es' | 'ar', string>

export const label = (en: string, fr: string, es: string, ar: string): Labels => ({ en, fr, es, ar })
