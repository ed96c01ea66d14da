'use client'

import { useParams } from 'next/navigation'

import ar from '@/locales/ar/error.json'
import en from '@/locales/en/error.json'
import es from '@/locales/es/error.json'
import fr from '@/locales/fr/error.json'
import { defaultLocale, directionOf, isLocale, type LocaleCode } from '@/lib/i18n/locales'
import { homeHref } from '@/lib/site/routes'

type ErrorKey = keyof typeof en

/** The error strings only (locales/<code>/error.json): this is client code, shipped with every page. */
const strings: Record<LocaleCode, Record<ErrorKey, string>> = { en, fr, es, ar }

/** The language of the address (`/{locale}/…`), or the default one (the admin, an unknown address). */
export function useErrorLocale(): LocaleCode {
  const { locale } = useParams<{ locale?: string }>() ?? {}
  return isLocale(locale) ? locale : defaultLocale
}

/**
 * What an error page says, in the language of the address: something went wrong, try again, or go
 * home. `reset` re-renders the failed segment.
 */
export function ErrorMessage({ locale, reset }: { locale: LocaleCode; reset: () => void }) {
  const t = (key: `error:${ErrorKey}`) => strings[locale][key.slice('error:'.length) as ErrorKey]
  return (
    <div className="not-found" role="alert" lang={locale} dir={directionOf(locale)}>
      <h1>{t('error:title')}</h1>
      <p>{t('error:text')}</p>
      <ul className="error-actions">
        <li>
          <button type="button" onClick={reset}>
            {t('error:retry')}
          </button>
        </li>
        <li>
          <a href={homeHref(locale)}>{t('error:home')}</a>
        </li>
      </ul>
    </div>
  )
}
