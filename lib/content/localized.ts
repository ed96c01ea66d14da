/**
 * The site's fallback rule, implemented once: a document is shown in the requested locale when it is
 * translated there, otherwise in its own source locale — whole, never field by field — and marked so
 * the page can say so and set `lang`/`dir` on it.
 */
import type {
  CollectionSlug,
  Payload,
  TransformCollectionWithSelect,
  SelectType,
  TypedCollectionSelect,
  Where,
} from 'payload'

import { titleFieldOf, type RoutedCollection } from '../../collections/registry'
import { isLocale, localeCodes, type LocaleCode } from '../i18n/locales'
import { readOptions, visitor, type Viewer } from './viewer'

type SelectOf<C extends CollectionSlug> = TypedCollectionSelect[C]

/** Collections read through the fallback rule: those whose documents have a page on the site. */
export type LocalizedCollection = RoutedCollection

export { titleFieldOf }

export interface Localized<T> {
  doc: T
  /** The locale the visitor asked for. */
  requested: LocaleCode
  /** The locale the text is actually in (the source locale when not translated). */
  locale: LocaleCode
  isFallback: boolean
}

type Doc = Record<string, unknown> & { id: number | string }

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

export function isTranslated(collection: LocalizedCollection, doc: Record<string, unknown>): boolean {
  return hasText(doc[titleFieldOf(collection)])
}

/** Fields the fallback needs whatever the caller selects. */
function withRequiredFields<C extends LocalizedCollection>(collection: C, select: SelectOf<C>): SelectOf<C> {
  return { ...select, sourceLocale: true, [titleFieldOf(collection)]: true } as SelectOf<C>
}

export interface ReadOptions<C extends LocalizedCollection, S extends SelectOf<C> & SelectType> {
  collection: C
  locale: LocaleCode
  select: S
  depth?: number
}

export interface SlugReadOptions<C extends LocalizedCollection, S extends SelectOf<C> & SelectType> extends ReadOptions<
  C,
  S
> {
  /** Whose read: a visitor's (published) by default, or a previewing editor's (latest drafts). */
  viewer?: Viewer
}

export interface ListOptions<C extends LocalizedCollection, S extends SelectOf<C> & SelectType> extends ReadOptions<
  C,
  S
> {
  where?: Where
  sort?: string
  limit?: number
  page?: number
}

export interface LocalizedPage<T> {
  items: Localized<T>[]
  totalDocs: number
  totalPages: number
  page: number
}

/**
 * A page of published documents in `locale`; untranslated ones are re-read in their source locale
 * (one query per source locale, not per document) and keep their place in the list.
 */
export async function findLocalized<C extends LocalizedCollection, S extends SelectOf<C> & SelectType>(
  payload: Payload,
  { collection, locale, select, depth = 0, where, sort, limit = 10, page = 1 }: ListOptions<C, S>,
): Promise<LocalizedPage<TransformCollectionWithSelect<C, S>>> {
  const fullSelect = withRequiredFields(collection, select)
  const result = await payload.find({
    collection: collection as CollectionSlug,
    locale,
    fallbackLocale: false,
    select: fullSelect,
    depth,
    where,
    sort,
    limit,
    page,
    draft: false,
    overrideAccess: false,
  })
  const docs = result.docs as unknown as Doc[]
  const missingBySource = new Map<LocaleCode, Doc['id'][]>()
  for (const doc of docs) {
    if (isTranslated(collection, doc)) continue
    const source = isLocale(doc.sourceLocale) ? doc.sourceLocale : undefined
    if (!source || source === locale) continue
    missingBySource.set(source, [...(missingBySource.get(source) ?? []), doc.id])
  }
  const replacements = new Map<Doc['id'], { doc: Doc; locale: LocaleCode }>()
  for (const [source, ids] of missingBySource) {
    const found = await payload.find({
      collection: collection as CollectionSlug,
      locale: source,
      fallbackLocale: false,
      select: fullSelect,
      depth,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      draft: false,
      overrideAccess: false,
    })
    for (const doc of found.docs as unknown as Doc[]) replacements.set(doc.id, { doc, locale: source })
  }
  const items = docs.map((doc) => {
    const replacement = replacements.get(doc.id)
    const shown = replacement ?? { doc, locale }
    return {
      doc: shown.doc as unknown as TransformCollectionWithSelect<C, S>,
      requested: locale,
      locale: shown.locale,
      isFallback: shown.locale !== locale,
    }
  })
  return { items, totalDocs: result.totalDocs, totalPages: result.totalPages, page: result.page ?? page }
}

export type SlugLookup<T> =
  | { status: 'found'; result: Localized<T> }
  /** The document exists under another slug in the requested locale: send the visitor there. */
  | { status: 'moved'; slug: string }
  | { status: 'not-found' }

async function findIdBySlug(
  payload: Payload,
  collection: LocalizedCollection,
  slug: string,
  locale: LocaleCode,
  viewer: Viewer,
): Promise<Doc | undefined> {
  const found = await payload.find({
    collection: collection as CollectionSlug,
    locale,
    fallbackLocale: false,
    where: { slug: { equals: slug } },
    select: { slug: true, sourceLocale: true },
    depth: 0,
    limit: 1,
    pagination: false,
    ...readOptions(viewer),
  })
  return found.docs[0] as unknown as Doc | undefined
}

/**
 * One document by its slug in `locale`: the published one, or for a previewing editor the latest
 * draft. Filters on localized fields do not fall back, so a slug unknown in `locale` is looked up in
 * the other locales: a document translated here answers with its own slug ('moved'); one not
 * translated here is shown in its source locale.
 */
export async function findLocalizedBySlug<C extends LocalizedCollection, S extends SelectOf<C> & SelectType>(
  payload: Payload,
  slug: string,
  { collection, locale, select, depth = 1, viewer = visitor }: SlugReadOptions<C, S>,
): Promise<SlugLookup<TransformCollectionWithSelect<C, S>>> {
  const fullSelect = withRequiredFields(collection, { ...select, slug: true })
  const read = async (id: Doc['id'] | undefined, readLocale: LocaleCode) => {
    const found = await payload.find({
      collection: collection as CollectionSlug,
      locale: readLocale,
      fallbackLocale: false,
      where: id === undefined ? { slug: { equals: slug } } : { id: { equals: id } },
      select: fullSelect,
      depth,
      limit: 1,
      pagination: false,
      ...readOptions(viewer),
    })
    return found.docs[0] as unknown as Doc | undefined
  }
  const found = (doc: Doc, shownIn: LocaleCode): SlugLookup<TransformCollectionWithSelect<C, S>> => ({
    status: 'found',
    result: {
      doc: doc as unknown as TransformCollectionWithSelect<C, S>,
      requested: locale,
      locale: shownIn,
      isFallback: shownIn !== locale,
    },
  })

  const direct = await read(undefined, locale)
  if (direct && isTranslated(collection, direct)) return found(direct, locale)

  let hit: Doc | undefined = direct
  for (const other of localeCodes) {
    if (hit || other === locale) continue
    hit = await findIdBySlug(payload, collection, slug, other, viewer)
  }
  if (!hit) return { status: 'not-found' }

  const here = await read(hit.id, locale)
  if (here && isTranslated(collection, here) && hasText(here.slug) && here.slug !== slug)
    return { status: 'moved', slug: String(here.slug) }
  const source = isLocale(hit.sourceLocale) ? hit.sourceLocale : undefined
  if (!source) return { status: 'not-found' }
  const original = await read(hit.id, source)
  return original && isTranslated(collection, original) ? found(original, source) : { status: 'not-found' }
}
