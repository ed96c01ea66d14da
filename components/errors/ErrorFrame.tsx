'use client'

import { createContext, useContext, type ReactNode } from 'react'

import { LogoMark } from '@/components/brand/LogoMark'
import type { LocaleCode } from '@/lib/i18n/locales'
import { homeHref } from '@/lib/site/routes'

/** The organisation's name in the page's language (or, marked, the language it has). */
export interface ErrorFrameBrand {
  name: string
  lang?: LocaleCode
}

const BrandContext = createContext<ErrorFrameBrand | null>(null)

/**
 * Holds the organisation's name for the error page: the site's header and footer are drawn by each
 * page from data (server components), and error.tsx, a client component, replaces the page. The
 * locale layout passes the few words it needs here; nothing else travels with every page.
 */
export function ErrorFrameProvider({ brand, children }: { brand: ErrorFrameBrand; children: ReactNode }) {
  return <BrandContext.Provider value={brand}>{children}</BrandContext.Provider>
}

/**
 * The header of the error page and of the render-time 404 (not-found.tsx): the organisation's mark and
 * name, leading home, as on every page.
 */
export function ErrorFrameHeader({ locale }: { locale: LocaleCode }) {
  const brand = useContext(BrandContext)
  return (
    <header className="site-header">
      <div className="bar bar-alone">
        <a className="brand" href={homeHref(locale)}>
          <LogoMark size={44} className="brand-mark" />
          {brand ? (
            <span className="brand-name" lang={brand.lang}>
              {brand.name}
            </span>
          ) : null}
        </a>
      </div>
    </header>
  )
}
