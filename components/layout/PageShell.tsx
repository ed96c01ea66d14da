import type { ReactNode } from 'react'

import { PreviewBar, type PreviewedDocument } from '@/components/preview/PreviewBar'
import type { Frame } from '@/lib/content/frame'
import type { LocaleCode } from '@/lib/i18n/locales'
import type { Section } from '@/lib/site/routes'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/** The preview bar (staff in draft mode only), header, the page's main landmark (the skip link's target) and footer. */
export function PageShell({
  locale,
  frame,
  hrefs,
  current,
  document,
  children,
}: {
  locale: LocaleCode
  frame: Frame
  hrefs: Record<LocaleCode, string>
  current?: Section
  /** The document this page shows, for the preview bar's link to it in the admin. */
  document?: PreviewedDocument
  children: ReactNode
}) {
  return (
    <>
      {frame.previewing && <PreviewBar locale={locale} path={hrefs[locale]} document={document} />}
      <SiteHeader locale={locale} frame={frame} hrefs={hrefs} current={current} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} frame={frame} />
    </>
  )
}
