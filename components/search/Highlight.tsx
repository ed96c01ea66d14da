import { Fragment, type ReactNode } from 'react'

import type { Mark } from '@/lib/search/types'

/**
 * `text` with the ranges the search index marked in `<mark>`: plain React text nodes, so whatever
 * the text holds (markup included) is shown as text, never injected.
 */
export function Highlight({ text, marks }: { text: string; marks: readonly Mark[] }) {
  const parts: ReactNode[] = []
  let from = 0
  for (const [start, end] of marks) {
    if (start < from || end <= start) continue
    if (start > from) parts.push(<Fragment key={`t${from}`}>{text.slice(from, start)}</Fragment>)
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>)
    from = end
  }
  if (from < text.length) parts.push(<Fragment key={`t${from}`}>{text.slice(from)}</Fragment>)
  return <>{parts}</>
}
