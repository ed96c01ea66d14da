/**
 * What the search index holds for one document: one entry per language it is written in, with the
 * text that is searched (title, summary, body) and the facets it is counted under. Read from the
 * document as published, in every locale at once (`locale: 'all'`); shared by every index.
 */
import type { Payload, PayloadRequest, SelectType } from 'payload'

import { searchedCollections, titleFieldOf, type SearchedCollection } from '../../collections/registry'
import { isLocale, localeCodes, type LocaleCode } from '../i18n/locales'
import type { EntryBatch } from './searchIndex'

/** Payload's id: a number on SQLite, an ObjectId's text on MongoDB. */
export type DocId = number | string

export interface SearchEntry {
  collection: SearchedCollection
  docId: DocId
  lang: LocaleCode
  /** The document's own language: shown to visitors of a language it is not translated into. */
  isSource: boolean
  /** Every language the document is translated into (has a title in). */
  langs: LocaleCode[]
  title: string
  summary: string
  body: string
  slug: string
  /** Publication date, event start or programme start (ISO); none for offices. */
  date: string | null
  timeZone: string
  offices: DocId[]
  programmes: DocId[]
}

type Localized = Partial<Record<LocaleCode, unknown>> | null | undefined
/** A stored document as a rebuild or a hook reads it: the fields its entries are made of. */
export type StoredDoc = Record<string, unknown> & { id: DocId }

const inLocale = (value: unknown, locale: LocaleCode): string => {
  const text = (value as Localized)?.[locale]
  return typeof text === 'string' ? text.trim() : ''
}

const isId = (value: unknown): value is DocId =>
  typeof value === 'number' || (typeof value === 'string' && value !== '')

const idOf = (value: unknown): DocId | null => {
  if (isId(value)) return value
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : null
  return isId(id) ? id : null
}

const ids = (...values: unknown[]): DocId[] => [
  ...new Set(values.flatMap((v) => (Array.isArray(v) ? v : [v])).flatMap((v) => idOf(v) ?? [])),
]

const summaryField: Record<SearchedCollection, string | null> = {
  'press-releases': 'summary',
  events: 'summary',
  'health-programmes': 'summary',
  offices: null,
}

function dateOf(collection: SearchedCollection, doc: StoredDoc): string | null {
  const value =
    collection === 'press-releases'
      ? doc.publishedDate
      : collection === 'events'
        ? doc.startsAt
        : collection === 'health-programmes'
          ? (doc.period as { start?: unknown } | undefined)?.start
          : null
  return typeof value === 'string' && value !== '' ? value : null
}

function facetsOf(collection: SearchedCollection, doc: StoredDoc): { offices: DocId[]; programmes: DocId[] } {
  switch (collection) {
    case 'press-releases':
      return {
        offices: ids((doc.dateline as { office?: unknown } | undefined)?.office, doc.offices),
        programmes: ids(doc.programmes),
      }
    case 'events':
      return { offices: ids(doc.office), programmes: ids(doc.programmes) }
    case 'health-programmes':
      return { offices: ids(doc.offices), programmes: [doc.id] }
    case 'offices':
      return { offices: [doc.id], programmes: [] }
  }
}

/** Published for visitors: offices saved before they had drafts have no status and are public. */
function isPublic(collection: SearchedCollection, doc: StoredDoc): boolean {
  const status = doc._status
  return collection === 'offices' ? status !== 'draft' : status === 'published'
}

/** The entries of a document read with `locale: 'all'`; none when visitors cannot see it. */
export function entriesOf(collection: SearchedCollection, doc: StoredDoc): SearchEntry[] {
  if (!isPublic(collection, doc)) return []
  const titleField = titleFieldOf(collection)
  const langs = localeCodes.filter((l) => inLocale(doc[titleField], l) !== '')
  const source = isLocale(doc.sourceLocale) ? doc.sourceLocale : null
  const date = dateOf(collection, doc)
  const summary = summaryField[collection]
  return langs.map((lang) => ({
    collection,
    docId: doc.id,
    lang,
    isSource: lang === source,
    langs,
    title: inLocale(doc[titleField], lang),
    summary: summary ? inLocale(doc[summary], lang) : '',
    body: inLocale(doc.searchText, lang),
    slug: inLocale(doc.slug, lang),
    date,
    timeZone: typeof doc.timeZone === 'string' && doc.timeZone !== '' ? doc.timeZone : 'UTC',
    ...facetsOf(collection, doc),
  }))
}

/** The fields entriesOf reads: nothing else of a document is loaded. */
export function entrySelect(collection: SearchedCollection): Record<string, unknown> {
  const select: Record<string, unknown> = {
    [titleFieldOf(collection)]: true,
    slug: true,
    sourceLocale: true,
    searchText: true,
    _status: true,
  }
  if (summaryField[collection]) select[summaryField[collection] as string] = true
  if (collection === 'press-releases')
    Object.assign(select, {
      publishedDate: true,
      timeZone: true,
      dateline: { office: true },
      offices: true,
      programmes: true,
    })
  if (collection === 'events') Object.assign(select, { startsAt: true, timeZone: true, office: true, programmes: true })
  if (collection === 'health-programmes') Object.assign(select, { period: true, offices: true })
  return select
}

/** One document's entries as stored now, read inside `req`'s transaction when there is one. */
export async function readEntries(
  payload: Payload,
  collection: SearchedCollection,
  id: DocId,
  req?: PayloadRequest,
): Promise<SearchEntry[]> {
  const doc = await payload.findByID({
    collection,
    id,
    locale: 'all',
    fallbackLocale: false,
    select: entrySelect(collection),
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return doc ? entriesOf(collection, doc as unknown as StoredDoc) : []
}

/** A batch of stored documents of one collection, with the documents read so far of its `total`. */
export interface DocBatch {
  collection: SearchedCollection
  docs: StoredDoc[]
  done: number
  total: number
}

/**
 * Every searched document, `size` at a time, in id order: each batch is read after the last id of
 * the one before (no OFFSET that grows with the archive). The reads are the database's: `count`
 * and `readAfter` (the documents with an id above `after`, or from the first when null).
 */
export async function* docBatches(
  size: number,
  count: (collection: SearchedCollection) => Promise<number>,
  readAfter: (collection: SearchedCollection, after: DocId | null, size: number) => Promise<StoredDoc[]>,
): AsyncGenerator<DocBatch> {
  for (const collection of searchedCollections) {
    const total = await count(collection)
    let done = 0
    for (let after: DocId | null = null; ;) {
      const docs = await readAfter(collection, after, size)
      if (docs.length === 0) break
      after = docs[docs.length - 1].id
      done += docs.length
      yield { collection, docs, done, total }
      if (docs.length < size) break
    }
  }
}

/** The batch's entries. */
export const entryBatch = ({ collection, docs, done, total }: DocBatch): EntryBatch => ({
  collection,
  docIds: docs.map((doc) => doc.id),
  entries: docs.flatMap((doc) => entriesOf(collection, doc)),
  done,
  total,
})

/** Every document's entries, a page at a time (for a rebuild on MongoDB; SQLite reads its tables: sqlite/documents.ts). */
export async function* allEntries(payload: Payload, pageSize = 500): AsyncGenerator<EntryBatch> {
  const batches = docBatches(
    pageSize,
    async (collection) => (await payload.count({ collection, overrideAccess: true })).totalDocs,
    // The adapter's own find: the stored documents as they are, without the Local API's field hooks
    // and access checks over every field of every locale, which made a rebuild about 100 documents/s.
    async (collection, after, size) =>
      (
        await payload.db.find({
          collection,
          locale: 'all',
          select: entrySelect(collection) as SelectType,
          where: after === null ? {} : { id: { greater_than: after } },
          sort: 'id',
          limit: size,
          pagination: false,
        })
      ).docs as unknown as StoredDoc[],
  )
  for await (const batch of batches) yield entryBatch(batch)
}
