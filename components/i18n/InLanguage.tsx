import type { ReactNode } from 'react'

import { directionOf, type LocaleCode } from '@/lib/i18n/locales'

/**
 * Content in `shownIn` on a page in `pageLocale`: when they differ (a document not yet translated),
 * it carries its own `lang` and `dir` so screen readers, hyphenation and bidi layout follow the text.
 */
export function InLanguage({
  pageLocale,
  shownIn,
  as: Tag = 'div',
  className,
  children,
}: {
  pageLocale: LocaleCode
  shownIn: LocaleCode
  as?: 'div' | 'span' | 'article' | 'li'
  className?: string
  children: ReactNode
}) {
  const foreign = shownIn !== pageLocale
  return (
    <Tag className={className} lang={foreign ? shownIn : undefined} dir={foreign ? directionOf(shownIn) : undefined}>
      {children}
    </Tag>
  )
}
