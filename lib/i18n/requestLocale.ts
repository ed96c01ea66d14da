import { cache } from 'react'

import { defaultLocale, type LocaleCode } from './locales'

/**
 * The locale of the page being rendered, for the one place that gets no params: the localized
 * not-found page. The `[locale]` layout records it; React's per-request cache keeps it to the request.
 */
const store = cache((): { locale: LocaleCode } => ({ locale: defaultLocale }))

export function setRequestLocale(locale: LocaleCode): void {
  store().locale = locale
}

export function requestLocale(): LocaleCode {
  return store().locale
}
