import { Fragment, type ReactNode } from 'react'

import { foldedMatches } from '@/lib/search/fold'

/**
 * `text` with each occurrence of `query` in `<mark>`, matched as the search matches (any case, with
 * or without accents or Arabic vowel marks); plain React text nodes, no injected HTML.
 */
export function Highlight({ text, query }: { text: string; query: string }) {
  const parts: ReactNode[] = []
  let from = 0
  for (const [start, end] of foldedMatches(text, query)) {
    if (start > from) parts.push(<Fragment key={`t${from}`}>{text.slice(from, start)}</Fragment>)
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>)
    from = end
  }
  if (from < text.length) parts.push(<Fragment key={`t${from}`}>{text.slice(from)}</Fragment>)
  return <>{parts}</>
}
