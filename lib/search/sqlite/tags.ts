/**
 * An entry's tags: where it is visible (which languages' FTS tables hold it, lib/search/sqlite/store)
 * and what it is filed under. The latter are words in the FTS5 tables' `tags` column, so that a
 * query's filters are part of its MATCH expression: FTS5 then reads filtered matches in its own order
 * and can stop at a LIMIT, no match joined with another table to be kept or dropped. Each tag starts
 * with `0`, then a letter for its kind, so none is a word of a text (and the query only ever matches
 * visitors' words in the text columns).
 */
import { searchedCollections } from '../../../collections/registry'
import { isLocale, localeCodes, type LocaleCode } from '../../i18n/locales'
import type { SearchEntry } from '../entries'
import type { FacetName, SearchFilters, SearchedCollection } from '../types'

const letter: Record<FacetName | 'visible', string> = {
  visible: 'v',
  type: 't',
  year: 'y',
  lang: 'l',
  office: 'o',
  programme: 'p',
}

/** A collection's slug as one token (the tokenizer splits at hyphens). */
const typeToken = (collection: SearchedCollection) => collection.replace(/[^a-z0-9]/g, '')
const collectionOfToken = new Map(searchedCollections.map((c) => [typeToken(c), c]))

export const tag = (kind: FacetName | 'visible', value: string | number): string =>
  `0${letter[kind]}${kind === 'type' ? typeToken(value as SearchedCollection) : value}`

/** Visitors of these languages see the entry: its own, and, for a document's source text, those it is not translated into. */
export function visibleIn(entry: Pick<SearchEntry, 'lang' | 'isSource' | 'langs'>): LocaleCode[] {
  return entry.isSource
    ? [entry.lang, ...localeCodes.filter((l) => l !== entry.lang && !entry.langs.includes(l))]
    : [entry.lang]
}

/** What the entry is filed under (its facets' values): the tags column of the FTS tables. */
export function filingTags(entry: SearchEntry, year: number | null): string {
  return [
    tag('type', entry.collection),
    ...(year === null ? [] : [tag('year', year)]),
    tag('lang', entry.lang),
    ...entry.offices.map((id) => tag('office', id)),
    ...entry.programmes.map((id) => tag('programme', id)),
  ].join(' ')
}

/** Every tag of an entry visible in `visible` and filed under `filing`: the entries table's (which FTS tables hold it, and the facets). */
export function tagsOf(visible: readonly LocaleCode[], filing: string): string {
  return [...visible.map((l) => tag('visible', l)), filing].join(' ')
}

/** The tags a query's matches must all have: each filter's value (the language's FTS table holds the visible entries). */
export function filterTags(filters: SearchFilters): string[] {
  const tags: string[] = []
  if (filters.type) tags.push(tag('type', filters.type))
  if (filters.year !== undefined) tags.push(tag('year', filters.year))
  if (filters.lang) tags.push(tag('lang', filters.lang))
  if (filters.office !== undefined) tags.push(tag('office', filters.office))
  if (filters.programme !== undefined) tags.push(tag('programme', filters.programme))
  return tags
}

/** The facet values of a tag, or null for a visibility tag. */
export function facetOfTag(token: string): { facet: FacetName; value: string } | null {
  const value = token.slice(2)
  switch (token[1]) {
    case 't': {
      const collection = collectionOfToken.get(value)
      return collection ? { facet: 'type', value: collection } : null
    }
    case 'y':
      return { facet: 'year', value }
    case 'l':
      return isLocale(value) ? { facet: 'lang', value } : null
    case 'o':
      return { facet: 'office', value }
    case 'p':
      return { facet: 'programme', value }
    default:
      return null
  }
}
