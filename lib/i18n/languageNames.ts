import { localeDefinition, type LocaleCode } from './locales'

const names = new Map<LocaleCode, Intl.DisplayNames>()

/** A language's name in the reader's language ("French", "francés", "الفرنسية"), from Intl. */
export function languageName(code: LocaleCode, inLocale: LocaleCode): string {
  let display = names.get(inLocale)
  if (!display) {
    display = new Intl.DisplayNames([localeDefinition(inLocale).intl], { type: 'language' })
    names.set(inLocale, display)
  }
  return display.of(code) ?? code
}
