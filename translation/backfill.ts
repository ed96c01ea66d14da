/**
 * Records the translation status of documents saved before statuses existed (their field is empty
 * after the migration that added it): which fields each language holds, as of the document's last
 * change. One read per collection and language, one save per document without a status.
 */
import type { Payload } from 'payload'

import { localeCodes, isLocale, type LocaleCode } from '../lib/i18n/locales'
import { translatableCollections, type TranslatableCollection } from './collections'
import { filledPaths } from './localizedFields'
import { documentsByIds } from './overview'
import { readStoredStatus, type StoredTranslationStatus } from './status'

/** `req.context` key under which a backfill hands the status to the save (server-side only). */
export const BACKFILL_CONTEXT_KEY = 'translationStatusBackfill'

export interface BackfillResult {
  collection: TranslatableCollection
  recorded: number
  failed: { id: string; reason: string }[]
}

const hasStatus = (value: unknown): boolean => Object.keys(readStoredStatus(value).locales).length > 0

export async function backfillTranslationStatus(
  payload: Payload,
  collections: readonly TranslatableCollection[] = translatableCollections,
): Promise<BackfillResult[]> {
  const results: BackfillResult[] = []
  for (const collection of collections) {
    const hasDrafts = Boolean(payload.collections[collection].config.versions?.drafts)
    const all = await payload.find({
      collection,
      draft: hasDrafts,
      depth: 0,
      pagination: false,
      select: {
        sourceLocale: true,
        translationStatus: true,
        adminTitle: true,
        updatedAt: true,
        ...(hasDrafts ? { _status: true } : {}),
      },
      overrideAccess: true,
    })
    const pending = (all.docs as unknown as Record<string, unknown>[]).filter(
      // Saved before the status, or before the admin's names (MongoDB: no migration fills them).
      (doc) => (!hasStatus(doc.translationStatus) || !doc.adminTitle) && isLocale(doc.sourceLocale),
    )
    const result: BackfillResult = { collection, recorded: 0, failed: [] }
    if (pending.length > 0) {
      const ids = pending.map((doc) => doc.id as number | string)
      const byLocale = new Map<LocaleCode, Awaited<ReturnType<typeof documentsByIds>>>()
      for (const locale of localeCodes) byLocale.set(locale, await documentsByIds(payload, collection, ids, locale))
      const fields = payload.collections[collection].config.fields
      for (const doc of pending) {
        const at = String(doc.updatedAt)
        const status: StoredTranslationStatus = { sourceChangedAt: at, locales: {} }
        for (const locale of localeCodes) {
          const filled = filledPaths(fields, byLocale.get(locale)?.get(String(doc.id)) ?? {})
          if (filled.length > 0) status.locales[locale] = { filled, savedAt: at }
        }
        try {
          await payload.update({
            collection,
            id: doc.id as number | string,
            locale: doc.sourceLocale as LocaleCode,
            data: {},
            draft: hasDrafts && doc._status !== 'published',
            depth: 0,
            overrideAccess: true,
            context: { [BACKFILL_CONTEXT_KEY]: status },
          })
          result.recorded++
        } catch (error) {
          result.failed.push({ id: String(doc.id), reason: (error as Error).message })
        }
      }
    }
    results.push(result)
  }
  return results
}
