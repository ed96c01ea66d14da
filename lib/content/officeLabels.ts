/**
 * The offices visitors may see, each named in the visitor's language or, untranslated, in its own
 * (the fallback rule of localized.ts), for the news list's office menu.
 *
 * SQLite: one statement over the offices and their names. Through Payload (a find of 500 offices
 * sorted by their name in the visitor's language, then a second find per source language for the
 * untranslated ones), the menu took 256–388 ms at N = 100,000 (5,010 offices), paid by the first
 * visitor of the news list after any office's edit; and it sorted by the visitor's language's name
 * before the fallback, so the untranslated offices came first whatever their name.
 */
import type { Payload } from 'payload'

import type { LocaleCode } from '../i18n/locales'
import { isSqlite, sqlRunner } from '../search/sqlite/connection'

export interface OfficeLabel {
  id: number
  label: string
}

/** Every office but drafts (officeAccess for visitors), named; undefined when the database is not SQLite. */
export async function officeLabelsOnSqlite(payload: Payload, locale: LocaleCode): Promise<OfficeLabel[] | undefined> {
  if (!isSqlite(payload)) return undefined
  const rows = await (
    await sqlRunner(payload)
  ).all<{ id: number; label: string | null }>(
    `SELECT o.id AS id,
            CASE WHEN trim(coalesce(asked.name, '')) <> '' THEN asked.name ELSE own.name END AS label
     FROM offices o
     LEFT JOIN offices_locales asked ON asked._parent_id = o.id AND asked._locale = ?
     LEFT JOIN offices_locales own ON own._parent_id = o.id AND own._locale = o.source_locale
     WHERE o._status IS NULL OR o._status <> 'draft'`,
    [locale],
  )
  return rows.map((row) => ({ id: Number(row.id), label: row.label ?? '' }))
}

/** By label as the visitor's language sorts them (accents, case), the first `limit`. */
export function sortedByLabel<T extends { label: string }>(
  items: readonly T[],
  locale: LocaleCode,
  limit: number,
): T[] {
  const collator = new Intl.Collator(locale)
  return [...items].sort((a, b) => collator.compare(a.label, b.label)).slice(0, limit)
}
