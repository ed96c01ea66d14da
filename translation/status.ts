/**
 * Translation status, stored on each document (field `translationStatus`) so that a list of any
 * length is shown without a query per document. What is stored is the raw record — which localized
 * fields each locale holds and when it was last saved, and when the source text last changed — and
 * the state of a locale is derived from it here, in one place.
 */
import { localeCodes, type LocaleCode } from '../lib/i18n/locales'
import { isRecord } from '../lib/text/isRecord'

export interface LocaleRecord {
  /** Paths of the localized text fields this locale holds. */
  filled: string[]
  /** When this locale's text was last saved (ISO). */
  savedAt: string
}

export interface StoredTranslationStatus {
  /** When the source locale's text last changed (ISO). */
  sourceChangedAt?: string
  locales: Partial<Record<LocaleCode, LocaleRecord>>
}

export const translationStates = ['source', 'complete', 'partial', 'missing', 'outdated'] as const
export type TranslationState = (typeof translationStates)[number]

/** States a translator can ask to export or filter by (the source is not translated). */
export const workStates = ['complete', 'partial', 'missing', 'outdated'] as const satisfies readonly TranslationState[]

export interface LocaleStatus {
  locale: LocaleCode
  state: TranslationState
  /** Fields the source holds and this locale lacks. */
  missing: string[]
  savedAt?: string
}

/** The stored record, or an empty one for a document saved before statuses existed or with a damaged value. */
export function readStoredStatus(value: unknown): StoredTranslationStatus {
  if (!isRecord(value) || !isRecord(value.locales)) return { locales: {} }
  const locales: StoredTranslationStatus['locales'] = {}
  for (const code of localeCodes) {
    const entry = value.locales[code]
    if (isRecord(entry) && Array.isArray(entry.filled) && typeof entry.savedAt === 'string')
      locales[code] = { filled: entry.filled.filter((p): p is string => typeof p === 'string'), savedAt: entry.savedAt }
  }
  return { sourceChangedAt: typeof value.sourceChangedAt === 'string' ? value.sourceChangedAt : undefined, locales }
}

/** The state of one locale of a document. */
export function localeStatus(
  stored: StoredTranslationStatus,
  sourceLocale: LocaleCode,
  locale: LocaleCode,
): LocaleStatus {
  const source = stored.locales[sourceLocale]
  const here = stored.locales[locale]
  if (locale === sourceLocale) return { locale, state: 'source', missing: [], savedAt: source?.savedAt }
  const required = source?.filled ?? []
  const held = new Set(here?.filled ?? [])
  const missing = required.filter((path) => !held.has(path))
  if (!here || here.filled.length === 0) return { locale, state: 'missing', missing: required }
  const base = { locale, missing, savedAt: here.savedAt }
  if (stored.sourceChangedAt && here.savedAt < stored.sourceChangedAt) return { ...base, state: 'outdated' }
  return { ...base, state: missing.length > 0 ? 'partial' : 'complete' }
}

/** The state of every locale of a document. */
export function documentStatus(value: unknown, sourceLocale: LocaleCode): LocaleStatus[] {
  const stored = readStoredStatus(value)
  return localeCodes.map((locale) => localeStatus(stored, sourceLocale, locale))
}

export interface LocaleSave {
  locale: LocaleCode
  sourceLocale: LocaleCode
  /** Localized text paths the locale holds after the save. */
  filled: string[]
  /** Did the localized text of this locale change? */
  textChanged: boolean
  /** A translator saving a locale vouches for it, even unchanged (they reviewed it against the new source). */
  reviewed: boolean
  at: string
}

/** The stored record after a save in one locale. */
export function recordSave(previous: unknown, save: LocaleSave): StoredTranslationStatus {
  const stored = readStoredStatus(previous)
  const before = stored.locales[save.locale]
  const touched = save.textChanged || save.reviewed || !before
  const record: LocaleRecord = { filled: save.filled, savedAt: touched ? save.at : before.savedAt }
  const sourceChanged = save.locale === save.sourceLocale && (save.textChanged || !stored.sourceChangedAt)
  return {
    sourceChangedAt: sourceChanged ? save.at : stored.sourceChangedAt,
    locales: { ...stored.locales, [save.locale]: record },
  }
}
