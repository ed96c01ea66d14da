import type { ReactNode } from 'react'

import type { Frame } from '@/lib/content/frame'
import type { LocaleCode } from '@/lib/i18n/locales'
import type { Section } from '@/lib/routes'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/** Header, the page's main landmark (the skip link's target) and footer. */
export function PageShell({
  locale,
  frame,
  hrefs,
  current,
  children,
}: {
  locale: LocaleCode
  frame: Frame
  hrefs: Record<LocaleCode, string>
  current?: Section
  children: ReactNode
}) {
  return (
    <>
      <SiteHeader locale={locale} frame={frame} hrefs={hrefs} current={current} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} frame={frame} />
    </>
  )
}
