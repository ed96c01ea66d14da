/** Validation shared by collections. Each returns true or a message for the person filling the form. */

export function validateUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Enter a web address as text.'
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Enter a web address that starts with https:// (or http://).'
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
    if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) return `${what} must be a number between ${min} and ${max}.`
    return true
  }
}
