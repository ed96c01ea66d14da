import type { FieldHook, TextField } from 'payload'

import { label } from '../../lib/i18n/admin'
import { isLocale, localeCodes, type LocaleCode } from '../../lib/i18n/locales'

export const ADMIN_TITLE = 'adminTitle'

type ByLocale = Partial<Record<LocaleCode, unknown>>

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** A document's name in one language: its own title there, else its original title marked with the original language. */
export function adminTitleIn(
  locale: LocaleCode,
  titles: ByLocale,
  sourceLocale: LocaleCode | undefined,
): string | null {
  const own = text(titles[locale])
  if (own) return own
  const original = sourceLocale ? text(titles[sourceLocale]) : ''
  return original && sourceLocale ? `${original} [${sourceLocale.toUpperCase()}]` : null
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}

/**
 * Keeps the name in every language on each save: the save's own language is returned, the others
 * are written into the stored document's other languages, which Payload merges after the field
 * hooks (fields/hooks/beforeChange: "merge locale actions"). A save in French thus renames the
 * untranslated Spanish and Arabic entries too.
 */
function keepInEveryLanguage(titleField: string): FieldHook {
  return ({ siblingData, siblingDocWithLocales, req }) => {
    const locale = req.locale
    if (!isLocale(locale) || !siblingDocWithLocales) return undefined
    const stored = asRecord(siblingDocWithLocales[titleField])
    const titles: ByLocale = Object.fromEntries(localeCodes.map((l) => [l, stored[l]]))
    if (titleField in siblingData) titles[locale] = siblingData[titleField]
    const source = siblingData.sourceLocale ?? siblingDocWithLocales.sourceLocale
    const sourceLocale = isLocale(source) ? source : undefined
    siblingDocWithLocales[ADMIN_TITLE] = Object.fromEntries(
      localeCodes.map((l) => [l, adminTitleIn(l, titles, sourceLocale)]),
    )
    return adminTitleIn(locale, titles, sourceLocale)
  }
}

/**
 * The name the admin shows for a document in every list, relationship picker and document header
 * (`useAsTitle`): Payload reads the title of the admin's content language only, so a French release
 * read in Spanish was "Untitled". Kept by code in every language, never edited, never translated.
 */
export function adminTitleField(titleField: string): TextField {
  return {
    name: ADMIN_TITLE,
    type: 'text',
    localized: true,
    label: label('fields.name'),
    admin: { readOnly: true, disableBulkEdit: true, condition: () => false },
    hooks: { beforeChange: [keepInEveryLanguage(titleField)] },
  }
}
