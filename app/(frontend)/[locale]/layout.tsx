import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { translator } from '@/lib/i18n/server'
import { directionOf, isLocale, localeCodes } from '@/lib/i18n/locales'

import './site.css'

export function generateStaticParams() {
  return localeCodes.map((locale) => ({ locale }))
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = await translator(locale)
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
