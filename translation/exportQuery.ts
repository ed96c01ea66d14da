/**
 * The options of an export as people type them — `--locale es --collection press-releases
 * --status missing,outdated` on the command line, `?locale=es&collection=…&status=…` in the API —
 * checked once, with a reason for anything refused.
 */
import { isLocale, localeCodes, type LocaleCode } from '../lib/i18n/locales'
import { isTranslatableCollection, translatableCollections, type TranslatableCollection } from './collections'
import { DEFAULT_EXPORT_STATES } from './exportTranslations'
import { workStates, type TranslationState } from './status'

export interface ExportQuery {
  locale: LocaleCode
  collections: TranslatableCollection[]
  states: TranslationState[]
  /** Only the documents written in this language (an XLIFF file has one source language). */
  source?: LocaleCode
}

export interface RawExportQuery {
  locale?: string | null
  collection?: string | null
  status?: string | null
  source?: string | null
}

const list = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)

export function parseExportQuery(raw: RawExportQuery): ExportQuery | { error: string } {
  if (!isLocale(raw.locale)) return { error: `Give the language to translate into: --locale ${localeCodes.join('|')}.` }
  const collections = list(raw.collection)
  const unknownCollection = collections.find((c) => !isTranslatableCollection(c))
  if (unknownCollection)
    return {
      error: `"${unknownCollection}" is not a translated collection; use one of ${translatableCollections.join(', ')}.`,
    }
  const states = list(raw.status)
  const unknownState = states.find((s) => !(workStates as readonly string[]).includes(s))
  if (unknownState) return { error: `"${unknownState}" is not a translation status; use ${workStates.join(', ')}.` }
  if (raw.source && !isLocale(raw.source)) return { error: `"${raw.source}" is not one of this site's languages.` }
  return {
    locale: raw.locale,
    collections: collections.length > 0 ? (collections as TranslatableCollection[]) : [...translatableCollections],
    states: states.length > 0 ? (states as TranslationState[]) : [...DEFAULT_EXPORT_STATES],
    source: isLocale(raw.source) ? raw.source : undefined,
  }
}
