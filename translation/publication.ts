/**
 * What visitors see of a document in each language, from its published version and its newest
 * version read in that language: the comparison is on the translatable text (localizedFields), so
 * a change to a shared field does not mark every language as changed.
 */
import type { Field, Payload, PayloadRequest } from 'payload'

import type { LocaleCode } from '../lib/i18n/locales'
import type { TranslatableCollection } from './collections'
import { localizedValues } from './localizedFields'
import { textSignature } from './units'

export type LocalePublication = 'published' | 'changed' | 'draft' | 'not-written'

type Doc = Record<string, unknown>

const hasText = (doc: Doc | null, fields: readonly Field[]): boolean =>
  doc !== null &&
  localizedValues(fields, doc).some((v) =>
    v.kind === 'richText'
      ? v.value !== null && v.value !== undefined
      : typeof v.value === 'string' && v.value.trim() !== '',
  )

export function publicationOf(fields: readonly Field[], published: Doc | null, newest: Doc | null): LocalePublication {
  const visible = published !== null && published._status === 'published' && hasText(published, fields)
  if (!hasText(newest, fields)) return visible ? 'published' : 'not-written'
  if (!visible) return 'draft'
  const same =
    textSignature(localizedValues(fields, published)) === textSignature(localizedValues(fields, newest as Doc))
  return same ? 'published' : 'changed'
}

export async function publicationByLocale(
  fields: readonly Field[],
  locales: readonly LocaleCode[],
  read: (locale: LocaleCode, draft: boolean) => Promise<Doc | null>,
): Promise<Record<LocaleCode, LocalePublication>> {
  const entries = await Promise.all(
    locales.map(async (locale) => {
      const [published, newest] = await Promise.all([read(locale, false), read(locale, true)])
      return [locale, publicationOf(fields, published, newest)] as const
    }),
  )
  return Object.fromEntries(entries) as Record<LocaleCode, LocalePublication>
}

/** Reads the document in one language, published or newest, with the person's own access. */
export function readerFor(
  payload: Payload,
  req: Pick<PayloadRequest, 'user'> & Partial<PayloadRequest>,
  collection: TranslatableCollection,
  id: number | string,
): (locale: LocaleCode, draft: boolean) => Promise<Doc | null> {
  return async (locale, draft) =>
    (await payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
    })) as Doc | null
}
