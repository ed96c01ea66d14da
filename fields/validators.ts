import { text, type TextFieldSingleValidation } from 'payload/shared'

/** Validation shared by collections. Each returns true or a message for the person filling the form. */

export function validateUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Enter a web address as text.'
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return 'Enter a web address that starts with https:// (or http://).'
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return `“${value}” is not a complete web address.`
    return true
  } catch {
    return `“${value}” is not a web address. Enter the whole address, e.g. https://www.example.org/page.`
  }
}

const PHONE_PATTERN = /^\+?[0-9][0-9 ().\-/]{4,28}[0-9]$/

export function validatePhone(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !PHONE_PATTERN.test(value.trim()))
    return 'Enter a phone number with its country code, e.g. +41 22 717 9111.'
  return true
}

export function validateRange(min: number, max: number, what: string) {
  return (value: unknown): true | string => {
    if (value === null || value === undefined) return true
    if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max)
      return `${what} must be a number between ${min} and ${max}.`
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
