/**
 * A visitor's search text turned into terms the index understands, built token by token: nothing the
 * visitor types reaches the index's query language (FTS5's AND/OR/NOT/NEAR, `*`, `^`, column
 * filters, parentheses and quotes are all just punctuation or words here). Shared by every index
 * (SQLite FTS5, MongoDB text), which then writes the terms in its own syntax.
 */
import { foldForSearch, WORD_SEPARATORS } from './fold'

/** One term: a word, or several words that must follow each other (a "phrase", or `l'homme`). */
export interface QueryTerm {
  /** Folded tokens, as the index splits stored text. */
  tokens: string[]
  /** The last token may be the start of a longer word (the visitor is still typing it). */
  prefix: boolean
}

/** Bounds against pathological input; a useful query has far fewer. */
const MAX_TERMS = 12
export const MAX_TOKEN_LENGTH = 64
/** A one-letter prefix matches too much to be worth its cost; it is searched as a whole word. */
const MIN_PREFIX_LENGTH = 2

/** Letters and digits in any script (and private-use characters): what FTS5's unicode61 tokenizer keeps. */
const tokensOf = (text: string): string[] =>
  foldForSearch(text)
    .split(WORD_SEPARATORS)
    .filter((token) => token !== '')
    .map((token) => token.slice(0, MAX_TOKEN_LENGTH))

/**
 * The terms of `query`: text between double quotes is one phrase (an unclosed quote is ignored),
 * every other word is a term of its own, and the last word, when not quoted and not followed by a
 * space, also matches longer words it begins. All terms must match. Empty when nothing searchable.
 */
export function queryTerms(query: string): QueryTerm[] {
  const parts = query.split('"')
  // An odd number of quotes leaves the last one unclosed: its text is read as plain words.
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1
  const terms: QueryTerm[] = []
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1 && index < closed
    if (quoted) {
      const tokens = tokensOf(part)
      if (tokens.length > 0) terms.push({ tokens, prefix: false })
      return
    }
    for (const word of part.split(/\s+/u)) {
      const tokens = tokensOf(word)
      if (tokens.length > 0) terms.push({ tokens, prefix: false })
    }
  })
  // A query ending in a letter or digit ends in an unquoted word (a closed phrase ends in a quote).
  const last = terms[terms.length - 1]
  if (last && /[\p{L}\p{N}]\p{M}*$/u.test(query) && last.tokens[last.tokens.length - 1].length >= MIN_PREFIX_LENGTH)
    last.prefix = true
  return terms.slice(0, MAX_TERMS)
}

/** A term in FTS5's syntax: a quoted string (quotes in a token cannot occur: tokens are letters and digits). */
export const ftsPhrase = (term: QueryTerm): string => `"${term.tokens.join(' ')}"${term.prefix ? '*' : ''}`

/** The terms in FTS5's syntax, all required. */
export const ftsMatchExpression = (terms: readonly QueryTerm[]): string => terms.map(ftsPhrase).join(' ')
