/**
 * What is left to translate into a locale, as XLIFF 2.0: one file per source language (an XLIFF
 * file has one source language), one `<file>` per document, one unit per localized field.
 */
import type { Payload, PayloadRequest } from 'payload'

import { directionOf, type LocaleCode } from '../lib/i18n/locales'
import type { TranslatableCollection } from './collections'
import { localizedValues } from './localizedFields'
import { titleFieldOf } from '../collections/registry'
import { documentsByIds, translationRows, type TranslationRow } from './overview'
import type { TranslationState } from './status'
import { unitFor } from './units'
import { writeXliff, type FileOut } from './xliff'

export interface ExportOptions {
  locale: LocaleCode
  collections?: readonly TranslatableCollection[]
  /** Which documents: by their state in `locale`. Missing, partial and outdated by default. */
  states?: readonly TranslationState[]
  req?: PayloadRequest
}

export interface ExportedFile {
  sourceLocale: LocaleCode
  targetLocale: LocaleCode
  /** Suggested file name: `passerelle-fr-to-es.xlf`. */
  fileName: string
  xliff: string
  documents: number
  units: number
}

export const DEFAULT_EXPORT_STATES: readonly TranslationState[] = ['missing', 'partial', 'outdated']

export async function exportTranslations(
  payload: Payload,
  { locale, collections, states = DEFAULT_EXPORT_STATES, req }: ExportOptions,
): Promise<ExportedFile[]> {
  const rows = (await translationRows(payload, { collections, locale, states, req })).filter(
    (row) => row.sourceLocale !== locale,
  )
  const filesBySource = new Map<LocaleCode, FileOut[]>()
  const bySourceAndCollection = new Map<string, TranslationRow[]>()
  for (const row of rows) {
    const key = `${row.sourceLocale}|${row.collection}`
    bySourceAndCollection.set(key, [...(bySourceAndCollection.get(key) ?? []), row])
  }
  for (const [key, group] of bySourceAndCollection) {
    const [sourceLocale, collection] = key.split('|') as [LocaleCode, TranslatableCollection]
    const ids = group.map((r) => r.id)
    const sources = await documentsByIds(payload, collection, ids, sourceLocale, req)
    const targets = await documentsByIds(payload, collection, ids, locale, req)
    const fields = payload.collections[collection].config.fields
    const titleField = titleFieldOf(collection)
    for (const row of group) {
      const source = sources.get(String(row.id))
      if (!source) continue
      const target = localizedValues(fields, targets.get(String(row.id)) ?? {})
      const targetByPath = new Map(target.map((v) => [v.path, v.value]))
      const units = localizedValues(fields, source).flatMap((value) => {
        const unit = unitFor({ collection, id: String(row.id), path: value.path }, value, targetByPath.get(value.path))
        return unit ? [unit] : []
      })
      if (units.length === 0) continue
      const file: FileOut = {
        id: `${collection}:${row.id}`,
        original: `${collection}/${row.id}`,
        note: `${collection} “${String(source[titleField] ?? row.title)}”, ${row.locales.find((s) => s.locale === locale)?.state ?? 'missing'} in ${locale}`,
        units,
      }
      filesBySource.set(sourceLocale, [...(filesBySource.get(sourceLocale) ?? []), file])
    }
  }
  return [...filesBySource].map(([sourceLocale, files]) => ({
    sourceLocale,
    targetLocale: locale,
    fileName: `passerelle-${sourceLocale}-to-${locale}.xlf`,
    xliff: writeXliff({
      srcLang: sourceLocale,
      trgLang: locale,
      srcDir: directionOf(sourceLocale),
      trgDir: directionOf(locale),
      files,
    }),
    documents: files.length,
    units: files.reduce((n, f) => n + f.units.length, 0),
  }))
}
