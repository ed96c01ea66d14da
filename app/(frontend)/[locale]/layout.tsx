import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { ErrorFrameProvider } from '@/components/errors/ErrorFrame'
import { getSiteFrame } from '@/lib/content/site'
import { directionOf, isLocale, localeCodes } from '@/lib/i18n/locales'
import { setRequestLocale } from '@/lib/i18n/requestLocale'
import { translator } from '@/lib/i18n/server'
import { localeParam } from '@/lib/site/pageParams'
import { siteOrigin } from '@/lib/site/routes'

import './site.css'

/**
 * Every public page is cached (full-route cache) and expired by tag when a change is published
 * (lib/content/revalidate.ts); this bound is for caches outside the server, which no tag reaches:
 * Next answers `s-maxage=60` (with `stale-while-revalidate` up to next.config's `expireTime`)
 * instead of a year, so a CDN or proxy serves a correction within a minute. The server itself
 * re-renders a page at most once a minute under traffic, from its data cache (no query).
 */
export const revalidate = 60

export function generateStaticParams() {
  return localeCodes.map((locale) => ({ locale }))
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0033a0' }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const site = await getSiteFrame(locale)
  const name = site.shortName?.text ?? site.organisationName.text
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: site.organisationName.text, template: `%s · ${name}` },
    applicationName: site.organisationName.text,
  }
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const locale = localeParam((await params).locale)
  setRequestLocale(locale)
  const t = translator(locale)
  // Read by every page's header already (cached): only the name travels, for the error page.
  const { organisationName } = await getSiteFrame(locale)
  const brand = {
    name: organisationName.text,
    ...(organisationName.locale === locale ? {} : { lang: organisationName.locale }),
  }
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <ErrorFrameProvider brand={brand}>{children}</ErrorFrameProvider>
      </body>
    </html>
  )
}
