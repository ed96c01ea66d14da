import { languageName } from '@/lib/i18n/languageNames'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'

/** "This page is not yet available in English; shown in French.", in the visitor's language. */
export function FallbackNotice({ locale, shownIn }: { locale: LocaleCode; shownIn: LocaleCode }) {
  const t = translator(locale)
  return (
    <p className="notice" role="note">
      {t('notTranslated', { language: languageName(shownIn, locale) })}
    </p>
  )
}

/** The short form beside a list item shown in its source language: "In French". */
export function FallbackTag({ locale, shownIn }: { locale: LocaleCode; shownIn: LocaleCode }) {
  const t = translator(locale)
  return <span className="tag">{t('shownIn', { language: languageName(shownIn, locale) })}</span>
}
