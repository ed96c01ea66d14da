/**
 * Highlights found by the index, carried back onto the original text. The index holds text folded
 * (lib/search/fold) and marks matches in it; folding works one code point at a time, so each folded
 * position maps back to the original character it came from. Only ranges leave here, never markup:
 * the page renders them as React text and `<mark>` elements.
 */
import { foldedMatches, foldWithOrigin, throughMarks } from './fold'
import type { Mark } from './types'

export const OPEN = '\u0002'
export const CLOSE = '\u0003'

/** Marked ranges of the folded text `highlighted` (markers removed), in its own positions. */
function foldedRanges(highlighted: string): { text: string; ranges: Mark[] } {
  let text = ''
  const ranges: Mark[] = []
  let start = -1
  for (const char of highlighted) {
    if (char === OPEN) start = text.length
    else if (char === CLOSE && start >= 0) {
      ranges.push([start, text.length])
      start = -1
    } else text += char
  }
  return { text, ranges }
}

/**
 * Marks on `original` for the index's highlighted folded copy of it. When the two disagree (a text
 * whose lower case depends on context, such as a Greek final sigma) the words of `query` are found
 * again in the original instead.
 */
export function marksFromIndex(original: string, highlighted: string, query: string): Mark[] {
  const { text, ranges } = foldedRanges(highlighted)
  const folded = foldWithOrigin(original)
  if (folded.text !== text) return foldedMatches(original, query)
  return ranges
    .filter(([start, end]) => end > start)
    .map(([start, end]) => [folded.origin[start][0], throughMarks(original, folded.origin[end - 1][1])] as Mark)
}

/**
 * About `size` characters of `text` around its first mark, cut at spaces, with ellipses, and the
 * marks that fall inside, moved to the excerpt's positions.
 */
export function excerpt(text: string, marks: readonly Mark[], size = 240): { text: string; marks: Mark[] } {
  if (text.length <= size) return { text, marks: [...marks] }
  const at = marks[0]?.[0] ?? 0
  const start = Math.max(0, at - Math.floor(size / 3))
  let from = start === 0 ? 0 : text.indexOf(' ', start) + 1
  if (from <= 0 || from > at) from = start
  let to = Math.min(text.length, from + size)
  const space = text.lastIndexOf(' ', to)
  if (to < text.length && space > from + size / 2) to = space
  const lead = from > 0 ? '… ' : ''
  const shift = lead.length - from
  return {
    text: `${lead}${text.slice(from, to)}${to < text.length ? ' …' : ''}`,
    marks: marks.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s + shift, e + shift] as Mark),
  }
}
