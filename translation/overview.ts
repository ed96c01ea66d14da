/**
 * Documents × locales with their translation state, read from the stored status: one query per
 * collection, whatever the number of documents. The Translations screen, the export and the API
 * all list documents through here.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { isLocale, type LocaleCode } from '../lib/i18n/locales'
import { titleFieldOf } from '../collections/registry'
import { translatableCollections, type TranslatableCollection } from './collections'
import { documentStatus, type LocaleStatus, type TranslationState } from './status'

export interface TranslationRow {
  collection: TranslatableCollection
  id: number | string
  title: string
  sourceLocale: LocaleCode
  /**
   * What visitors can see: `draft` never published; `published`; `changed` published, with a newer
   * draft (a language published on its own leaves the others' drafts as the newest version).
   * Documents of collections without drafts are `published`.
   */
  publication: Publication
  updatedAt: string
  locales: LocaleStatus[]
}

export interface RowQuery {
  collections?: readonly TranslatableCollection[]
  /** Keep documents whose state in `locale` is one of `states`. */
  locale?: LocaleCode
  states?: readonly TranslationState[]
  /** The request of the person asking: their read access applies. Without it, everything is read. */
  req?: PayloadRequest
}

type Raw = Record<string, unknown> & { id: number | string }

export type Publication = 'draft' | 'published' | 'changed'

/** The newest version's status and whether a published version exists. */
export function publicationOf(newestStatus: unknown, isPublished: boolean): Publication {
  if (!isPublished) return 'draft'
  return newestStatus === 'published' ? 'published' : 'changed'
}

const titleIn = (value: unknown, locale: LocaleCode): string => {
  if (typeof value === 'string') return value
  if (typeof value === 'object' && value !== null) {
    const byLocale = value as Record<string, unknown>
    const text = byLocale[locale] ?? Object.values(byLocale).find((v) => typeof v === 'string' && v !== '')
    return typeof text === 'string' ? text : ''
  }
  return ''
}

export async function translationRows(
  payload: Payload,
  { collections = translatableCollections, locale, states, req }: RowQuery,
): Promise<TranslationRow[]> {
  const rows: TranslationRow[] = []
  for (const collection of collections) {
    const titleField = titleFieldOf(collection)
    const hasDrafts = Boolean(payload.collections[collection].config.versions?.drafts)
    const found = await payload.find({
      collection,
      locale: 'all',
      draft: hasDrafts,
      depth: 0,
      pagination: false,
      sort: '-updatedAt',
      select: {
        [titleField]: true,
        sourceLocale: true,
        translationStatus: true,
        updatedAt: true,
        ...(hasDrafts ? { _status: true } : {}),
      },
      where: { sourceLocale: { exists: true } } satisfies Where,
      overrideAccess: !req,
      req,
      user: req?.user,
    })
    // The published documents among them: one query, not one per document.
    const published = hasDrafts
      ? new Set(
          (
            await payload.find({
              collection,
              draft: false,
              depth: 0,
              pagination: false,
              select: { updatedAt: true },
              where: { _status: { equals: 'published' } },
              overrideAccess: true,
            })
          ).docs.map((d) => String(d.id)),
        )
      : null
    for (const doc of found.docs as unknown as Raw[]) {
      if (!isLocale(doc.sourceLocale)) continue
      const statuses = documentStatus(doc.translationStatus, doc.sourceLocale)
      if (locale && states && !states.includes(statuses.find((s) => s.locale === locale)?.state ?? 'missing')) continue
      rows.push({
        collection,
        id: doc.id,
        title: titleIn(doc[titleField], doc.sourceLocale) || `#${doc.id}`,
        sourceLocale: doc.sourceLocale,
        publication: published ? publicationOf(doc._status, published.has(String(doc.id))) : 'published',
        updatedAt: String(doc.updatedAt ?? ''),
        locales: statuses,
      })
    }
  }
  return rows
}

/** Titles of some documents, each in its own language: one query. */
export async function titlesOf(
  payload: Payload,
  collection: TranslatableCollection,
  ids: readonly (number | string)[],
): Promise<Map<string, string>> {
  const titleField = titleFieldOf(collection)
  const hasDrafts = Boolean(payload.collections[collection].config.versions?.drafts)
  const found = await payload.find({
    collection,
    locale: 'all',
    draft: hasDrafts,
    depth: 0,
    pagination: false,
    where: { id: { in: [...ids] } },
    select: { [titleField]: true, sourceLocale: true },
    overrideAccess: true,
  })
  return new Map(
    (found.docs as unknown as Raw[]).map((doc) => [
      String(doc.id),
      titleIn(doc[titleField], isLocale(doc.sourceLocale) ? doc.sourceLocale : 'en') || `#${doc.id}`,
    ]),
  )
}

export type StoredDocument = Raw

/** Whole documents (latest drafts included) in one locale, by id: one query. */
export async function documentsByIds(
  payload: Payload,
  collection: TranslatableCollection,
  ids: readonly (number | string)[],
  locale: LocaleCode,
  req?: PayloadRequest,
): Promise<Map<string, StoredDocument>> {
  const found = await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    draft: Boolean(payload.collections[collection].config.versions?.drafts),
    depth: 0,
    pagination: false,
    where: { id: { in: [...ids] } },
    overrideAccess: !req,
    req,
    user: req?.user,
  })
  return new Map((found.docs as unknown as Raw[]).map((doc) => [String(doc.id), doc]))
}
