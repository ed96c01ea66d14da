import type { Metadata } from 'next'

import { getFrame } from '@/lib/content/frame'
import { isLocale, defaultLocale, type LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { homeHref, localeHrefs } from '@/lib/site/routes'
import { NotFoundContent } from './NotFoundContent'
import { PageShell } from './PageShell'

/** The localized 404 in the site's frame (header with its search box, footer). */
export async function NotFoundPage({ locale }: { locale: LocaleCode }) {
  const frame = await getFrame(locale)
  return (
    <PageShell locale={locale} frame={frame} hrefs={localeHrefs(homeHref)}>
      <NotFoundContent locale={locale} />
    </PageShell>
  )
}

/**
 * Its title ("Page introuvable · OIM", the layout's template adds the name). Both the `_404` page and
 * not-found.tsx export it: Next reads a 404's metadata from the not-found file when the status is 404
 * as it renders, from the page otherwise (the `_404` page rendered at build). Next adds the
 * `noindex` itself to every answer with an error status.
 */
export async function notFoundMetadata({ params }: { params?: Promise<{ locale?: string }> }): Promise<Metadata> {
  const asked = (await params)?.locale
  const locale = isLocale(asked) ? asked : defaultLocale
  return { title: translator(locale)('notFound.title') }
}
