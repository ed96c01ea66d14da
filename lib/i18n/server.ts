import { createInstance, type TFunction } from 'i18next'

import ar from '../../locales/ar/common.json'
import en from '../../locales/en/common.json'
import es from '../../locales/es/common.json'
import fr from '../../locales/fr/common.json'
import { defaultLocale, type LocaleCode } from './locales'

export type CommonKey = keyof typeof en

const resources = { en: { common: en }, fr: { common: fr }, es: { common: es }, ar: { common: ar } } satisfies Record<
  LocaleCode,
  { common: Record<CommonKey, string> }
>

const instances = new Map<LocaleCode, TFunction>()

/**
 * The interface strings of one locale, for Server Components. One i18next instance per locale, made
 * once; synchronous (resources are bundled, `initAsync: false`) so components can stay synchronous.
 */
export function translator(locale: LocaleCode): TFunction {
  let t = instances.get(locale)
  if (!t) {
    const instance = createInstance()
    void instance.init({
      lng: locale,
      fallbackLng: defaultLocale,
      ns: ['common'],
      defaultNS: 'common',
      resources,
      interpolation: { escapeValue: false },
      initAsync: false,
    })
    t = instance.getFixedT(locale)
    instances.set(locale, t)
  }
  return t
}
