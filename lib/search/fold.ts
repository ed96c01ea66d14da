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

/** One code point, folded: lower case, no accents or vowel marks, variants unified; may be empty. */
function foldCodePoint(char: string): string {
  // ASCII folds to its lower case: no normalisation needed (most of a Latin-script text; highlighting
  // a results page folds every shown text one code point at a time).
  if (char.charCodeAt(0) < 0x80) return char.toLowerCase()
  const lower = char.toLowerCase()
  const mapped = LIGATURES[lower] ?? ARABIC_VARIANTS[lower] ?? lower
  return mapped.normalize('NFKD').replace(/\p{M}/gu, '')
}

/**
 * What separates words in folded text, as the index's tokenizer (FTS5's unicode61) reads it: anything
 * but letters, digits and private-use characters. The query's words (queryTerms) and the index's
 * list of words (TERMS in lib/search/sqlite/store) are cut by it.
 */
export const WORD_SEPARATORS = /[^\p{L}\p{N}\p{Co}]+/u

const isSpace = (folded: string) => /^\s+$/u.test(folded)

export interface FoldedText {
  text: string
  /** For each code unit of `text`, the [start, end) of the original code point it came from. */
  origin: Array<[number, number]>
}

/** `original` folded, untrimmed, with where each folded code unit came from: the form stored in the index. */
export function foldWithOrigin(original: string): FoldedText {
  let text = ''
  const origin: Array<[number, number]> = []
  let index = 0
  for (const char of original) {
    let folded = foldCodePoint(char)
    // Runs of white space become one space, so line breaks and double spaces never stop a match.
    if (isSpace(folded)) folded = text.endsWith(' ') ? '' : ' '
    for (let i = 0; i < folded.length; i++) origin.push([index, index + char.length])
    text += folded
    index += char.length
  }
  return { text, origin }
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
  const { text: haystack, origin } = foldWithOrigin(text)
  const found: Array<[number, number]> = []
  for (const word of words) {
    for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + word.length)) {
      found.push([origin[at][0], throughMarks(text, origin[at + word.length - 1][1])])
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
