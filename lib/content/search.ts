/**
 * Site search over press releases, events, programmes and offices through the Local API: a `like`
 * on the folded title, summary and body (searchKey: no case, accents or Arabic vowel marks) in the
 * visitor's locale, plus the documents not translated there, matched in their source language.
 * Published documents only.
 */
import type { Payload, Where } from 'payload'

import { localeCodes, type LocaleCode } from '../i18n/locales'
import { foldedMatches, foldForSearch, includesFolded } from '../search/fold'
import { isTranslated, titleFieldOf, type LocalizedCollection } from './localized'
import { payloadClient } from './payload'

export const SEARCHED = ['press-releases', 'events', 'health-programmes', 'offices'] as const
export type SearchedCollection = (typeof SEARCHED)[number]
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
  locale: LocaleCode
  isFallback: boolean
  /** 2 when the title matches, 1 otherwise. */
  score: number
}

/** The query as searched: trimmed, inner whitespace collapsed, bounded. Empty means no search. */
export function normaliseQuery(raw: unknown): string {
  return typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH) : ''
}

const summaryField: Record<SearchedCollection, string | null> = { 'press-releases': 'summary', events: 'summary', 'health-programmes': 'summary', offices: null }
const dateField: Record<SearchedCollection, string | null> = { 'press-releases': 'publishedDate', events: 'startsAt', 'health-programmes': null, offices: null }

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

type Row = Record<string, unknown> & { id: number }

async function find(payload: Payload, collection: SearchedCollection, locale: LocaleCode, where: Where): Promise<Row[]> {
  const title = titleFieldOf[collection]
  const select: Record<string, true> = { [title]: true, slug: true, sourceLocale: true, searchText: true }
  const summary = summaryField[collection]
  const date = dateField[collection]
  if (summary) select[summary] = true
  if (date) select[date] = true
  const found = await payload.find({ collection, locale, fallbackLocale: false, where, select, depth: 0, limit: MAX_MATCHES, pagination: false, draft: false, overrideAccess: false })
  return found.docs as unknown as Row[]
}

function toHit(collection: SearchedCollection, row: Row, shownIn: LocaleCode, requested: LocaleCode, query: string): SearchHit {
  const title = String(row[titleFieldOf[collection]] ?? '')
  const summary = summaryField[collection] ? String(row[summaryField[collection] as string] ?? '') : ''
  const body = String(row.searchText ?? '')
  const date = dateField[collection] ? (row[dateField[collection] as string] as string | null) : null
  return {
    collection,
    id: row.id,
    title,
    slug: String(row.slug ?? ''),
    text: includesFolded(summary, query) || !includesFolded(body, query) ? summary || excerptAround(body, query) : excerptAround(body, query),
    date,
    locale: shownIn,
    isFallback: shownIn !== requested,
    score: includesFolded(title, query) ? 2 : 1,
  }
}

async function searchCollection(payload: Payload, collection: SearchedCollection, locale: LocaleCode, query: string): Promise<SearchHit[]> {
  const hits = (await find(payload, collection, locale, matchWhere(query))).filter((row) => isTranslated(collection as LocalizedCollection, row)).map((row) => toHit(collection, row, locale, locale, query))
  for (const source of localeCodes.filter((l) => l !== locale)) {
    const candidates = await find(payload, collection, source, { and: [{ sourceLocale: { equals: source } }, matchWhere(query)] })
    if (candidates.length === 0) continue
    // Only those not translated into the visitor's locale: the others were searched in it above.
    const translated = await payload.find({ collection, locale, fallbackLocale: false, where: { id: { in: candidates.map((c) => c.id) } }, select: { [titleFieldOf[collection]]: true }, depth: 0, pagination: false, draft: false, overrideAccess: false })
    const here = new Set(translated.docs.filter((d) => isTranslated(collection as LocalizedCollection, d as unknown as Row)).map((d) => d.id))
    hits.push(...candidates.filter((c) => !here.has(c.id)).map((row) => toHit(collection, row, source, locale, query)))
  }
  return hits
}

/**
 * One page of results, best first (title matches, then newest). Not cached: queries are unbounded
 * and each would add a cache entry; the lists it reads are small and indexed.
 */
export async function searchSite(locale: LocaleCode, query: string, page: number) {
  if (foldForSearch(query) === '') return { hits: [] as SearchHit[], totalDocs: 0, totalPages: 0, page: 1 }
  const payload = await payloadClient()
  const all = (await Promise.all(SEARCHED.map((c) => searchCollection(payload, c, locale, query)))).flat()
  all.sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title))
  const totalPages = Math.max(1, Math.ceil(all.length / SEARCH_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), totalPages)
  return { hits: all.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE), totalDocs: all.length, totalPages, page: current }
}
