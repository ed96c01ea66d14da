/**
 * The one list of locales. The CMS (payload.config.ts), the site's routes and i18next all read it:
 * adding a locale is one entry here plus a `locales/<code>/` folder.
 */
export const locales = [
  { code: 'en', label: 'English', dir: 'ltr', intl: 'en-GB' },
  { code: 'fr', label: 'Français', dir: 'ltr', intl: 'fr-FR' },
  { code: 'es', label: 'Español', dir: 'ltr', intl: 'es-ES' },
  { code: 'ar', label: 'العربية', dir: 'rtl', intl: 'ar' },
] as const

export type LocaleCode = (typeof locales)[number]['code']
export type LocaleDefinition = (typeof locales)[number]

export const defaultLocale: LocaleCode = 'en'

export const localeCodes: LocaleCode[] = locales.map((l) => l.code)

export function isLocale(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function localeDefinition(code: LocaleCode): LocaleDefinition {
  const found = locales.find((l) => l.code === code)
  if (!found) throw new Error(`Unknown locale "${code}"`)
  return found
}

export function directionOf(code: LocaleCode): 'ltr' | 'rtl' {
  return localeDefinition(code).dir
}
