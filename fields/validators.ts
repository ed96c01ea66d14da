import type { PayloadRequest } from 'payload'
import { text, type TextFieldSingleValidation } from 'payload/shared'

import { adminText, type AdminKey, type AdminTranslate } from '../lib/i18n/admin'

/**
 * Validation shared by collections. Each returns true or a message for the person filling the form,
 * in the language they chose for the admin (`req.i18n`; English for API clients and scripts) — not
 * in the language of the content they edit (`req.locale`).
 */
export function messagesFor(req: { i18n?: PayloadRequest['i18n'] } | undefined): AdminTranslate {
  return adminText(req?.i18n?.language)
}

/** What Payload passes a field's `validate` that these need. */
interface ValidateContext {
  req: PayloadRequest
}

export function validateUrl(value: unknown, { req }: ValidateContext): true | string {
  if (value === null || value === undefined || value === '') return true
  const message = messagesFor(req)
  if (typeof value !== 'string') return message('validation.urlNotText')
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return message('validation.urlScheme')
    if (!url.hostname.includes('.') && url.hostname !== 'localhost')
      return message('validation.urlIncomplete', { value })
    return true
  } catch {
    return message('validation.urlInvalid', { value })
  }
}

const PHONE_PATTERN = /^\+?[0-9][0-9 ().\-/]{4,28}[0-9]$/

export function validatePhone(value: unknown, { req }: ValidateContext): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !PHONE_PATTERN.test(value.trim())) return messagesFor(req)('validation.phone')
  return true
}

/** A number between `min` and `max`; `what` is the field's label, named in the message. */
export function validateRange(min: number, max: number, what: AdminKey) {
  return (value: unknown, { req }: ValidateContext): true | string => {
    if (value === null || value === undefined) return true
    if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) {
      const message = messagesFor(req)
      return message('validation.range', { what: message(what), min, max })
    }
    return true
  }
}

/**
 * Required in the document's original language only (titles, names): a translation may be saved
 * half done, the site shows the original where a translation has no title, and Payload's own checks
 * in its default language (restoring a version, publishing from another language) do not trip over
 * a French document that has no English title. Length limits and the rest as Payload's `text`.
 * The field keeps `required: true` for the form's marker and the generated types; this function
 * is what Payload checks.
 */
/** Payload's own message (its translations, in the admin's language), not one of the site's keys. */
const PAYLOAD_REQUIRED_MESSAGE = 'validation:required'

export const requiredInOriginalLanguage: TextFieldSingleValidation = (value, options) => {
  if (typeof value === 'string' && value.trim() !== '') return text(value, options)
  const { data, req, operation } = options
  const source = (data as { sourceLocale?: unknown } | undefined)?.sourceLocale
  const original = typeof source === 'string' ? source : operation === 'create' ? req.locale : undefined
  return original === undefined || original === req.locale ? req.t(PAYLOAD_REQUIRED_MESSAGE) : true
}
