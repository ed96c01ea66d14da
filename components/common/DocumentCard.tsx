import type { ReactNode } from 'react'

import { FallbackTag } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import type { LocaleCode } from '@/lib/i18n/locales'

export interface DocumentCardProps {
  /** The page's language. */
  locale: LocaleCode
  /** The language the document is shown in (its source language when not translated). */
  shownIn: LocaleCode
  isFallback: boolean
  href: string
  title: ReactNode
  headingLevel?: 2 | 3
  /** The facts line above the title (date, kind, status…), in the page's language. */
  meta: ReactNode
  /** Text under the title, in the document's language (summary, excerpt, venue). */
  children?: ReactNode
  /** After that text, in the page's language (an event's time). */
  after?: ReactNode
  /** Beside the card's content (an event's date badge). */
  aside?: ReactNode
  className?: string
}

/**
 * One document in a list: its facts, its linked title and text; shown in its source language when
 * not translated, marked with that language and tagged, never left out.
 */
export function DocumentCard({
  locale,
  shownIn,
  isFallback,
  href,
  title,
  headingLevel = 2,
  meta,
  children,
  after,
  aside,
  className,
}: DocumentCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const content = (
    <>
      <p className="meta">
        {meta}
        {isFallback ? <FallbackTag locale={locale} shownIn={shownIn} /> : null}
      </p>
      <InLanguage pageLocale={locale} shownIn={shownIn}>
        <Heading>
          <a href={href}>{title}</a>
        </Heading>
        {children}
      </InLanguage>
      {after}
    </>
  )
  return (
    <li className={className ? `card ${className}` : 'card'}>
      {aside ? (
        <>
          {aside}
          <div>{content}</div>
        </>
      ) : (
        content
      )}
    </li>
  )
}
