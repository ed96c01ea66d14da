/**
 * Search folding: the form in which both the stored text and the visitor's query are compared, so
 * that "reinstallation" finds "réinstallation", "ACCION" finds "acción" and "الهجرة" is found
 * whether it was typed with or without short vowels or hamza. One code point at a time, so a match
 * in the folded text can be mapped back onto the original for highlighting.
 */

/** Arabic letters written in several ways that readers treat as one. */
const ARABIC_VARIANTS: Record<string, string> = { ى: 'ي', ة: 'ه', ـ: '' }
/** Letters that NFD does not decompose. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', '’': "'", ʼ: "'" }

const isSpace = (folded: string) => /^\s+$/u.test(folded)

/**
 * Code points other than ASCII, folded once each: highlighting a results page folds every shown text
 * one code point at a time, and an Arabic or accented text uses few distinct ones (bounded by Unicode).
 */
const foldedCodePoints = new Map<string, string>()

/** One code point, folded: lower case, no accents or vowel marks, variants unified; may be empty. */
function foldCodePoint(char: string): string {
  // ASCII folds to its lower case: no normalisation needed.
  if (char.charCodeAt(0) < 0x80) return char.toLowerCase()
  let folded = foldedCodePoints.get(char)
  if (folded === undefined) {
    const lower = char.toLowerCase()
    const mapped = LIGATURES[lower] ?? ARABIC_VARIANTS[lower] ?? lower
    folded = mapped.normalize('NFKD').replace(/\p{M}/gu, '')
    // White space of any kind (no-break, line separator…) is one space: a run of it becomes one.
    if (isSpace(folded)) folded = ' '
    foldedCodePoints.set(char, folded)
  }
  return folded
}

/**
 * What separates words in folded text, as the index's tokenizer (FTS5's unicode61) reads it: anything
 * but letters, digits and private-use characters. The query's words (queryTerms) and the index's
 * list of words (TERMS in lib/search/sqlite/store) are cut by it.
 */
export const WORD_SEPARATORS = /[^\p{L}\p{N}\p{Co}]+/u

export interface FoldedText {
  text: string
  /** For each code unit of `text`, where the original code point it came from starts… */
  start: number[]
  /** …and ends (exclusive). Two arrays of numbers: a pair per code unit cost a results page 20–40 ms of its bodies. */
  end: number[]
}

/** ASCII white space, as `\s` reads it: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (code: number) => code === 32 || (code >= 9 && code <= 13)

/** `original` folded, untrimmed, with where each folded code unit came from: the form stored in the index. */
export function foldWithOrigin(original: string): FoldedText {
  // The folded text in pieces, joined once at the end (a string added to a character at a time is slower).
  const parts: string[] = []
  const start: number[] = []
  const end: number[] = []
  // Runs of white space become one space, so line breaks and double spaces never stop a match.
  let afterSpace = false
  // ASCII other than white space (most of a Latin-script text) folds to its lower case, one code unit
  // for one: added to `text` a run at a time, from where the run began.
  let run = -1
  const endRun = (at: number) => {
    if (run < 0) return
    parts.push(original.slice(run, at).toLowerCase())
    run = -1
  }
  let index = 0
  while (index < original.length) {
    const code = original.charCodeAt(index)
    if (code < 0x80) {
      const space = isAsciiSpace(code)
      if (space) endRun(index)
      else if (run < 0) run = index
      if (!space || !afterSpace) {
        if (space) parts.push(' ')
        start.push(index)
        end.push(index + 1)
        afterSpace = space
      }
      index += 1
      continue
    }
    endRun(index)
    const char =
      code >= 0xd800 && code < 0xdc00 ? String.fromCodePoint(original.codePointAt(index) as number) : original[index]
    let folded = foldCodePoint(char)
    if (folded === ' ' && afterSpace) folded = ''
    for (let i = 0; i < folded.length; i++) {
      start.push(index)
      end.push(index + char.length)
    }
    if (folded !== '') afterSpace = folded.endsWith(' ')
    parts.push(folded)
    index += char.length
  }
  endRun(original.length)
  return { text: parts.join(''), start, end }
}

const ASCII = /^[\u0000-\u007f]*$/

const FOLDED_ALIKE = new RegExp(`[${Object.keys({ ...LIGATURES, ...ARABIC_VARIANTS }).join('')}]`, 'gu')

/**
 * The same as `foldWithOrigin(original).text`, computed on the whole string at once (about ten
 * times faster, for indexing whole archives). Differs only where lower case depends on context
 * (Greek final sigma), which the index's highlighting notices and handles (lib/search/snippet.ts).
 */
export function foldText(original: string): string {
  // ASCII has no accents, marks or variants to fold (English text, most of the time): the same
  // result without normalising, a third of the time (a rebuild folds every text of the archive).
  if (ASCII.test(original)) return original.toLowerCase().replace(/\s+/g, ' ')
  return original
    .toLowerCase()
    .replace(FOLDED_ALIKE, (c) => LIGATURES[c] ?? ARABIC_VARIANTS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, ' ')
}

/** `text` in its folded form, for storing and for queries. */
export function foldForSearch(text: string): string {
  return foldWithOrigin(text).text.trim()
}

/** The words of a query, folded: a document matches when it contains every one (as the search does). */
export const queryWords = (query: string): string[] =>
  foldForSearch(query)
    .split(' ')
    .filter((word) => word !== '')

/** `end` moved past the characters that fold to nothing (vowel marks, tatweel) right after it. */
export function throughMarks(text: string, end: number): number {
  while (end < text.length) {
    const next = String.fromCodePoint(text.codePointAt(end) as number)
    if (foldCodePoint(next) !== '') break
    end += next.length
  }
  return end
}

/**
 * Where the words of `query` occur in `text` once both are folded, as [start, end) ranges of the
 * original string, in order, overlaps merged; an end takes in any marks after the last letter.
 */
export function foldedMatches(text: string, query: string): Array<[number, number]> {
  const words = queryWords(query)
  if (words.length === 0) return []
  const { text: haystack, start, end } = foldWithOrigin(text)
  const found: Array<[number, number]> = []
  for (const word of words) {
    for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + word.length)) {
      found.push([start[at], throughMarks(text, end[at + word.length - 1])])
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Array<[number, number]> = []
  for (const range of found) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

/** Whether `text` contains every word of `query` once both are folded. */
export function includesFolded(text: string, query: string): boolean {
  const folded = foldForSearch(text)
  const words = queryWords(query)
  return words.length > 0 && words.every((word) => folded.includes(word))
}
