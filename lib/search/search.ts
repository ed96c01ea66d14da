/**
 * Site search over press releases, events, programmes and offices through the Local API: a `like`
 * on the folded title, summary and body (searchKey: no case, accents or Arabic vowel marks) in the
 * visitor's locale, plus the documents not translated there, matched in their source language.
 * Published documents only.
 */
import type { Payload, Where } from 'payload'

import { searchedCollections, type SearchedCollection } from '../../collections/registry'
import { localeCodes, type LocaleCode } from '../i18n/locales'
import { foldedMatches, foldForSearch, includesFolded } from './fold'
import { cached } from '../content/cache'
import { isTranslated, titleFieldOf, type LocalizedCollection } from '../content/localized'
import { payloadClient } from '../content/payload'
import { recentResults } from './recentResults'
import { collectionTag } from '../content/tags'

export type { SearchedCollection }
export const SEARCH_PAGE_SIZE = 10
export const MAX_QUERY_LENGTH = 100
/** Per collection and language: enough for any useful result list, bounded for the server. */
const MAX_MATCHES = 200

export interface SearchHit {
  collection: SearchedCollection
  id: number
  title: string
  slug: string
  /** Summary, or for documents without one the start of their text. */
  text: string
  date: string | null
  /** The zone `date` is printed in: an event's own, a release's dateline's; UTC when there is none. */
  timeZone: string
  locale: LocaleCode
  isFallback: boolean
  /** 2 when the title matches, 1 otherwise. */
  score: number
}

/** The query as searched: trimmed, inner whitespace collapsed, bounded. Empty means no search. */
export function normaliseQuery(raw: unknown): string {
  return typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH) : ''
}

const summaryField: Record<SearchedCollection, string | null> = {
  'press-releases': 'summary',
  events: 'summary',
  'health-programmes': 'summary',
  offices: null,
}
const dateField: Record<SearchedCollection, string | null> = {
  'press-releases': 'publishedDate',
  events: 'startsAt',
  'health-programmes': null,
  offices: null,
}

/** Where a date is shown in its own zone: an event on 1 March in Nairobi is not on 28 February, nor a release issued there. */
const zoneField: Record<SearchedCollection, string | null> = {
  'press-releases': 'timeZone',
  events: 'timeZone',
  'health-programmes': null,
  offices: null,
}

/** One folded column holds title, summary and body: one `like` per word (fields/searchText). */
const matchWhere = (query: string): Where => ({ searchKey: { like: foldForSearch(query) } })

/** About `size` characters of `text` around the first match of `query`, cut at spaces, with ellipses. */
export function excerptAround(text: string, query: string, size = 240): string {
  const at = foldedMatches(text, query)[0]?.[0] ?? -1
  if (text.length <= size) return text
  const start = Math.max(0, at < 0 ? 0 : at - Math.floor(size / 3))
  let from = start === 0 ? 0 : text.indexOf(' ', start) + 1
  if (from <= 0 || (at >= 0 && from > at)) from = start
  let to = Math.min(text.length, from + size)
  const space = text.lastIndexOf(' ', to)
  if (to < text.length && space > from + size / 2) to = space
  return `${from > 0 ? '… ' : ''}${text.slice(from, to).trim()}${to < text.length ? ' …' : ''}`
}

export interface SearchResults {
  hits: SearchHit[]
  totalDocs: number
  totalPages: number
  page: number
}

type Row = Record<string, unknown> & { id: number }

/** A match before its text is read: enough to rank it. */
interface Candidate {
  collection: SearchedCollection
  row: Row
  shownIn: LocaleCode
  score: number
}

/**
 * Matches, ranked by title and date only. Their summaries and body text (the bulk of a document,
 * and Payload's SQLite adapter returns a localized field in every locale) are read afterwards, for
 * the page of results shown (`withText`).
 */
async function find(
  payload: Payload,
  collection: SearchedCollection,
  locale: LocaleCode,
  where: Where,
): Promise<Row[]> {
  const select: Record<string, true> = { [titleFieldOf(collection)]: true, slug: true, sourceLocale: true }
  const date = dateField[collection]
  if (date) select[date] = true
  const zone = zoneField[collection]
  if (zone) select[zone] = true
  const found = await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    where,
    select,
    depth: 0,
    limit: MAX_MATCHES,
    pagination: false,
    draft: false,
    overrideAccess: false,
  })
  return found.docs as unknown as Row[]
}

const candidate = (collection: SearchedCollection, row: Row, shownIn: LocaleCode, query: string): Candidate => ({
  collection,
  row,
  shownIn,
  score: includesFolded(String(row[titleFieldOf(collection)] ?? ''), query) ? 2 : 1,
})

const dateOf = (c: Candidate): string =>
  dateField[c.collection] ? String(c.row[dateField[c.collection] as string] ?? '') : ''
const zoneOf = (c: Candidate): string =>
  (zoneField[c.collection] ? (c.row[zoneField[c.collection] as string] as string | undefined) : undefined) ?? 'UTC'
const titleOf = (c: Candidate): string => String(c.row[titleFieldOf(c.collection)] ?? '')

async function searchCollection(
  payload: Payload,
  collection: SearchedCollection,
  locale: LocaleCode,
  query: string,
): Promise<Candidate[]> {
  const found = (await find(payload, collection, locale, matchWhere(query)))
    .filter((row) => isTranslated(collection as LocalizedCollection, row))
    .map((row) => candidate(collection, row, locale, query))
  for (const source of localeCodes.filter((l) => l !== locale)) {
    const candidates = await find(payload, collection, source, {
      and: [{ sourceLocale: { equals: source } }, matchWhere(query)],
    })
    if (candidates.length === 0) continue
    // Only those not translated into the visitor's locale: the others were searched in it above.
    const translated = await payload.find({
      collection,
      locale,
      fallbackLocale: false,
      where: { id: { in: candidates.map((c) => c.id) } },
      select: { [titleFieldOf(collection)]: true },
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: false,
    })
    const here = new Set(
      translated.docs
        .filter((d) => isTranslated(collection as LocalizedCollection, d as unknown as Row))
        .map((d) => d.id),
    )
    found.push(...candidates.filter((c) => !here.has(c.id)).map((row) => candidate(collection, row, source, query)))
  }
  return found
}

/** The summaries and body text of the shown results, one query per collection and language. */
async function withText(
  payload: Payload,
  shown: readonly Candidate[],
  requested: LocaleCode,
  query: string,
): Promise<SearchHit[]> {
  const groups = new Map<string, Candidate[]>()
  for (const c of shown)
    groups.set(`${c.collection}|${c.shownIn}`, [...(groups.get(`${c.collection}|${c.shownIn}`) ?? []), c])
  const texts = new Map<string, Row>()
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const { collection, shownIn } = group[0]
      const select: Record<string, true> = { searchText: true }
      if (summaryField[collection]) select[summaryField[collection] as string] = true
      const found = await payload.find({
        collection,
        locale: shownIn,
        fallbackLocale: false,
        where: { id: { in: group.map((c) => c.row.id) } },
        select,
        depth: 0,
        pagination: false,
        draft: false,
        overrideAccess: false,
      })
      for (const doc of found.docs as unknown as Row[]) texts.set(`${collection}|${doc.id}`, doc)
    }),
  )
  return shown.map((c) => {
    const text = texts.get(`${c.collection}|${c.row.id}`) ?? ({ id: c.row.id } as Row)
    const summary = summaryField[c.collection] ? String(text[summaryField[c.collection] as string] ?? '') : ''
    const body = String(text.searchText ?? '')
    return {
      collection: c.collection,
      id: c.row.id,
      title: titleOf(c),
      slug: String(c.row.slug ?? ''),
      text:
        includesFolded(summary, query) || !includesFolded(body, query)
          ? summary || excerptAround(body, query)
          : excerptAround(body, query),
      date: dateOf(c) || null,
      timeZone: zoneOf(c),
      locale: c.shownIn,
      isFallback: c.shownIn !== requested,
      score: c.score,
    }
  })
}

/** One page of results, best first (title matches, then newest), read from the database. */
async function readResults(locale: LocaleCode, query: string, page: number): Promise<SearchResults> {
  if (foldForSearch(query) === '') return { hits: [], totalDocs: 0, totalPages: 0, page: 1 }
  const payload = await payloadClient()
  const all = (await Promise.all(searchedCollections.map((c) => searchCollection(payload, c, locale, query)))).flat()
  all.sort((a, b) => b.score - a.score || dateOf(b).localeCompare(dateOf(a)) || titleOf(a).localeCompare(titleOf(b)))
  const totalPages = Math.max(1, Math.ceil(all.length / SEARCH_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), totalPages)
  const hits = await withText(
    payload,
    all.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE),
    locale,
    query,
  )
  return { hits, totalDocs: all.length, totalPages, page: current }
}

/**
 * Recent searches' pages of results, in this server process. Not in Next's data cache: queries are
 * unbounded and each would stay there (on disk too); here the 1,000 most recently asked are kept.
 */
const recent = recentResults<SearchResults>(1000)

/**
 * A stamp that changes whenever a searched collection changes: Next's data cache holds it under the
 * collections' tags, which every published change expires (lib/content/revalidate.ts), so the next
 * search after a publish makes a new stamp and no longer finds the results kept under the old one.
 * Outside a Next server (seed, tests) each call makes a new stamp: nothing is reused there.
 */
const contentStamp = cached(
  async () => `${Date.now()}.${Math.random()}`,
  'search-stamp',
  () => searchedCollections.map(collectionTag),
)

/** One page of results, best first: kept for repeated searches until the next published change. */
export async function searchSite(locale: LocaleCode, query: string, page: number): Promise<SearchResults> {
  const stamp = await contentStamp()
  return recent.get(JSON.stringify([stamp, locale, query, page]), () => readResults(locale, query, page))
}
