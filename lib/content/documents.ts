/**
 * Helpers shared by the per-domain read functions: one document by slug with the addresses of its
 * other languages, and the titles of related documents in the visitor's language.
 */
import type { Payload, SelectType, TransformCollectionWithSelect, TypedCollectionSelect } from 'payload'

import { isLocale, localeCodes, type LocaleCode } from '../i18n/locales'
import {
  findLocalized,
  findLocalizedBySlug,
  isTranslated,
  titleFieldOf,
  type Localized,
  type LocalizedCollection,
} from './localized'
import { readOptions, visitor, type Viewer } from './viewer'

/** For each locale, the slug (or path, for pages) under which the document is shown there. */
export type Alternates = Record<LocaleCode, string>

export type DocumentLookup<T> =
  | { status: 'found'; result: Localized<T>; alternates: Alternates; translated: TranslatedLocales }
  | { status: 'moved'; slug: string }
  | { status: 'not-found' }

type AllLocales<V> = Partial<Record<LocaleCode, V>> | null | undefined

export interface AllLocalesDoc {
  sourceLocale?: string | null
  slug?: AllLocales<string | null>
  title?: AllLocales<string | null>
  name?: AllLocales<string | null>
  breadcrumbs?: AllLocales<{ url?: string | null }[] | null>
}

/** The address key of a document in one locale: its slug, or for pages the path of its breadcrumbs. */
function keyIn(collection: LocalizedCollection, doc: AllLocalesDoc, locale: LocaleCode): string | undefined {
  if (collection === 'pages') return doc.breadcrumbs?.[locale]?.at(-1)?.url ?? undefined
  return doc.slug?.[locale] ?? undefined
}

/** The fields `alternatesFrom` needs, read with `locale: 'all'`. */
export function alternatesSelect(collection: LocalizedCollection): SelectType {
  return {
    slug: true,
    sourceLocale: true,
    [titleFieldOf(collection)]: true,
    ...(collection === 'pages' ? { breadcrumbs: true } : {}),
  }
}

/**
 * Where a document lives in each locale: under its own slug where translated, otherwise under its
 * source-locale slug (that page shows the source text with a notice).
 */
export function alternatesFrom(collection: LocalizedCollection, doc: AllLocalesDoc): Alternates {
  const source = isLocale(doc.sourceLocale) ? doc.sourceLocale : undefined
  const titles = (collection === 'offices' ? doc.name : doc.title) ?? {}
  const sourceKey = source ? keyIn(collection, doc, source) : undefined
  const alternates = {} as Alternates
  for (const locale of localeCodes) {
    const own = titles[locale] ? keyIn(collection, doc, locale) : undefined
    alternates[locale] = own ?? sourceKey ?? ''
  }
  return alternates
}

/**
 * The locales in which a document is really written (translated), its source locale first. Only
 * these are offered to search engines: a page shown in another locale carries the source text
 * under a notice, so its canonical address is the source page's and it is no hreflang alternate.
 */
export type TranslatedLocales = [LocaleCode, ...LocaleCode[]] | []

export function translatedLocales(collection: LocalizedCollection, doc: AllLocalesDoc): TranslatedLocales {
  const titles = (collection === 'offices' ? doc.name : doc.title) ?? {}
  const written = localeCodes.filter((locale) => Boolean(titles[locale]) && keyIn(collection, doc, locale))
  const source = isLocale(doc.sourceLocale) && written.includes(doc.sourceLocale) ? doc.sourceLocale : written[0]
  return source ? [source, ...written.filter((l) => l !== source)] : []
}

async function readAllLocales(
  payload: Payload,
  collection: LocalizedCollection,
  id: number | string,
  viewer: Viewer = visitor,
): Promise<AllLocalesDoc> {
  const select = alternatesSelect(collection) as TypedCollectionSelect[typeof collection]
  return (await payload.findByID({
    collection,
    id,
    locale: 'all',
    select,
    depth: 0,
    ...readOptions(viewer),
  })) as unknown as AllLocalesDoc
}

/** `alternatesFrom` for one document, in one query for every locale. */
export async function alternatesOf(
  payload: Payload,
  collection: LocalizedCollection,
  id: number | string,
): Promise<Alternates> {
  return alternatesFrom(collection, await readAllLocales(payload, collection, id))
}

/**
 * One document by slug, with its alternates; see findLocalizedBySlug for the fallback. Published, or
 * for a previewing editor (`viewer`) the latest draft, whose alternates are the draft's too.
 */
export async function readBySlug<C extends LocalizedCollection, S extends TypedCollectionSelect[C] & SelectType>(
  payload: Payload,
  collection: C,
  locale: LocaleCode,
  slug: string,
  select: S,
  viewer: Viewer = visitor,
): Promise<DocumentLookup<TransformCollectionWithSelect<C, S>>> {
  const lookup = await findLocalizedBySlug(payload, slug, { collection, locale, select, depth: 0, viewer })
  if (lookup.status !== 'found') return lookup
  const all = await readAllLocales(payload, collection, lookup.result.doc.id as number | string, viewer)
  return { ...lookup, alternates: alternatesFrom(collection, all), translated: translatedLocales(collection, all) }
}

/** Ids of a relationship field, populated or not. */
export function idsOf(value: unknown): number[] {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return list
    .map((item) => (typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : item))
    .filter((id): id is number => typeof id === 'number')
}

export interface Link {
  id: number
  title: string
  slug: string
  /** The language of `title` (the source locale when not translated). */
  locale: LocaleCode
  isFallback: boolean
}

/** Titles and slugs of related documents, each in the visitor's language or its source language. */
export async function linksTo(
  payload: Payload,
  collection: LocalizedCollection,
  locale: LocaleCode,
  ids: readonly number[],
): Promise<Link[]> {
  if (ids.length === 0) return []
  const field = titleFieldOf(collection)
  const page = await findLocalized(payload, {
    collection,
    locale,
    select: { slug: true, [field]: true } as SelectType as TypedCollectionSelect[typeof collection] & SelectType,
    where: { id: { in: [...ids] } },
    limit: ids.length,
  })
  const byId = new Map(page.items.map((item) => [(item.doc as { id: number }).id, item]))
  return ids.flatMap((id) => {
    const item = byId.get(id)
    if (!item) return []
    const doc = item.doc as unknown as Record<string, unknown>
    if (!isTranslated(collection, doc)) return []
    return [
      { id, title: String(doc[field]), slug: String(doc.slug ?? ''), locale: item.locale, isFallback: item.isFallback },
    ]
  })
}
