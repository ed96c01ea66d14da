import type { CollectionBeforeChangeHook } from 'payload'

import { isTranslator } from '../../access/roles'
import { isLocale } from '../../lib/i18n/locales'
import { filledPaths, localizedValues } from '../localizedFields'
import { BACKFILL_CONTEXT_KEY } from '../backfill'
import { readStoredStatus, recordSave } from '../status'
import { textSignature } from '../units'
import { isRecord } from '../../lib/text/isRecord'

type Data = Record<string, unknown>

/** The document as it will be after this save, in the request's locale: the incoming fields over the stored ones. */
function merged(stored: Data, incoming: Data): Data {
  const out: Data = { ...stored }
  for (const [key, value] of Object.entries(incoming)) {
    out[key] =
      isRecord(value) && isRecord(stored[key]) && !('root' in value) ? merged(stored[key] as Data, value) : value
  }
  return out
}

const textOf = (fields: Parameters<typeof localizedValues>[0], doc: Data): string =>
  textSignature(localizedValues(fields, doc))

/**
 * Records, on every save, which localized fields the saved locale holds and whether its text
 * changed — and when the source locale's text changes, that moment, so other locales read as
 * `outdated` without a query. Runs after `translatorScope`; ignores any status a client sends.
 */
export const trackTranslationStatus: CollectionBeforeChangeHook = ({ collection, context, data, originalDoc, req }) => {
  // A backfill (server-side only: clients cannot set the context) records a status computed for every language at once.
  if (context[BACKFILL_CONTEXT_KEY])
    return { ...data, translationStatus: readStoredStatus(context[BACKFILL_CONTEXT_KEY]) }
  const locale = req.locale
  const stored = (originalDoc ?? {}) as Data
  const after = merged(stored, data as Data)
  const sourceLocale = after.sourceLocale
  if (!isLocale(locale) || !isLocale(sourceLocale))
    return { ...data, translationStatus: stored.translationStatus ?? null }
  const textChanged = !originalDoc || textOf(collection.fields, stored) !== textOf(collection.fields, after)
  const translationStatus = recordSave(stored.translationStatus, {
    locale,
    sourceLocale,
    filled: filledPaths(collection.fields, after),
    textChanged,
    reviewed: isTranslator(req.user as Parameters<typeof isTranslator>[0]),
    at: new Date().toISOString(),
  })
  return { ...data, translationStatus }
}
