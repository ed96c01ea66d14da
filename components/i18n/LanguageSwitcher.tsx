import { locales, type LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'

/**
 * Links to the same page in the other languages (each document under its own slug there). Every
 * language is named in itself, marked with its `lang`, the current one with `aria-current`.
 */
export function LanguageSwitcher({ locale, hrefs }: { locale: LocaleCode; hrefs: Record<LocaleCode, string> }) {
  const t = translator(locale)
  return (
    <nav className="languages" aria-label={t('languages')}>
      <ul>
        {locales.map((l) => (
          <li key={l.code}>
            {l.code === locale ? (
              <a href={hrefs[l.code]} aria-current="page" lang={l.code} hrefLang={l.code}>
                {l.label}
              </a>
            ) : (
              <a href={hrefs[l.code]} lang={l.code} hrefLang={l.code} dir={l.dir}>
                {l.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
