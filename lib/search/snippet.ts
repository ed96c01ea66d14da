/**
 * Highlights of a query's terms in a result's text, and the excerpt around the first. Text is matched
 * folded (lib/search/fold); folding works one code point at a time, so each folded position maps
 * back to the original character it came from. Only ranges leave here, never markup: the page
 * renders them as React text and `<mark>` elements.
 */
import { foldWithOrigin, throughMarks } from './fold'
import type { QueryTerm } from './queryTerms'
import type { Mark } from './types'

/** Letters and digits: what the index's tokenizer (unicode61) keeps as words, as queryTerms splits queries. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu

/**
 * Where the terms matched in `original`, as the index matches them: word by word in the folded text
 * (a phrase's words one after the other, the last word of a prefix term as a word's start), carried
 * back onto the original characters, vowel marks after a match included. Computed here rather than
 * by FTS5's highlight(), which needs the table to keep a folded copy of every text and re-runs the
 * query for each shown row (about 3 ms a row at N = 10,000).
 */
export function termMarks(original: string, terms: readonly QueryTerm[]): Mark[] {
  if (!original || terms.length === 0) return []
  const folded = foldWithOrigin(original)
  const words = [...folded.text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
  const marks: Mark[] = []
  for (const term of terms) {
    const last = term.tokens.length - 1
    for (let i = 0; i + last < words.length; i++) {
      const matches = term.tokens.every((token, j) =>
        j === last && term.prefix ? words[i + j].text.startsWith(token) : words[i + j].text === token,
      )
      if (!matches) continue
      for (let j = 0; j <= last; j++) {
        const word = words[i + j]
        marks.push([folded.start[word.start], throughMarks(original, folded.end[word.end - 1])])
      }
    }
  }
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  return marks.filter((mark, i) => i === 0 || mark[0] >= marks[i - 1][1])
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

/**
 * The text a result shows: its summary when the summary matches or the body does not, otherwise the
 * body around its first match. `marksOf` finds the matches in a text; the body, the longest text, is
 * only searched when the summary has none.
 */
export function shownText(
  summary: string,
  body: string,
  marksOf: (text: string) => Mark[],
): { text: string; marks: Mark[] } {
  const summaryMarks = summary ? marksOf(summary) : []
  if (summary && summaryMarks.length > 0) return { text: summary, marks: summaryMarks }
  const bodyMarks = body ? marksNearFirst(body, marksOf) : []
  return summary && bodyMarks.length === 0 ? { text: summary, marks: [] } : excerpt(body, bodyMarks)
}

/** A long text is searched for its first match this many characters at a time… */
const PART = 1500
/** …each part beginning this far back in the one before, so that a phrase across their border is found. */
const OVERLAP = 120
/** Marks are then read this far around the first one: more than an excerpt shows (`excerpt`). */
const AROUND = 400

/**
 * The marks an excerpt needs: the first match and those near it. A long body (a results page shows
 * twenty) is read a part at a time until its first match, then around it: folding every shown body
 * whole cost a page of Arabic results about 40 ms.
 */
function marksNearFirst(text: string, marksOf: (text: string) => Mark[]): Mark[] {
  if (text.length <= PART + AROUND) return marksOf(text)
  for (let from = 0; from < text.length;) {
    const to = spaceBefore(text, Math.min(text.length, from + PART), from)
    const found = marksOf(text.slice(from, to))
    if (found.length > 0) {
      const at = from + found[0][0]
      const start = spaceBefore(text, Math.max(0, at - AROUND), 0)
      const end = spaceBefore(text, Math.min(text.length, at + 2 * AROUND), at + 1)
      return marksOf(text.slice(start, end)).map(([s, e]): Mark => [s + start, e + start])
    }
    if (to >= text.length) return []
    from = Math.max(spaceBefore(text, to - OVERLAP, from + 1), from + 1)
  }
  return []
}

/** `at`, or the start of the word it falls in (after the space before it), not before `floor`; the text's ends stay. */
function spaceBefore(text: string, at: number, floor: number): number {
  if (at <= 0 || at >= text.length) return at
  const space = text.lastIndexOf(' ', at)
  return space + 1 > floor ? space + 1 : at
}
