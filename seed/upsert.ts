import type {
  CollectionSlug,
  DataFromCollectionSlug,
  Payload,
  PayloadRequest,
  RequiredDataFromCollectionSlug,
} from 'payload'

import type { LocaleCode } from '../lib/i18n/locales'

export type UpsertOutcome = 'created' | 'updated' | 'unchanged'

type Plain = Record<string, unknown>

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Does the stored document already hold every value we would write? (Row ids and timestamps aside.) */
export function holds(stored: unknown, wanted: unknown): boolean {
  if (wanted === undefined) return true
  if (wanted === null || wanted === '') return stored === null || stored === undefined || stored === ''
  if (Array.isArray(wanted))
    return Array.isArray(stored) && stored.length === wanted.length && wanted.every((w, i) => holds(stored[i], w))
  if (isPlain(wanted)) {
    return isPlain(stored) && Object.keys(wanted).every((key) => holds(stored[key], wanted[key]))
  }
  if (isPlain(stored) && 'id' in stored) return String(stored.id) === String(wanted)
  if (typeof wanted === 'string' && typeof stored === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(wanted))
    return new Date(wanted).getTime() === new Date(stored).getTime()
  return String(stored) === String(wanted)
}

export interface UpsertArgs<C extends CollectionSlug> {
  collection: C
  /** Identity of the record: its slug in the source locale. */
  slug: string
  sourceLocale: LocaleCode
  data: RequiredDataFromCollectionSlug<C> & Plain
  /** Localized values for other locales, written after the source. */
  translations?: Partial<Record<LocaleCode, Plain>>
}

/**
 * Create the document, or update it when it differs, so that running an import twice leaves the
 * same data (and no new versions). Runs inside the caller's transaction through `req`.
 */
export async function upsert<C extends CollectionSlug>(
  payload: Payload,
  req: PayloadRequest,
  { collection, slug, sourceLocale, data, translations = {} }: UpsertArgs<C>,
): Promise<{ id: DataFromCollectionSlug<C>['id']; outcome: UpsertOutcome }> {
  const common = { collection, req, depth: 0, overrideAccess: true } as const
  const existing = await payload.find({
    ...common,
    locale: sourceLocale,
    fallbackLocale: false,
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
  })
  const current = existing.docs[0] as unknown as (Plain & { id: DataFromCollectionSlug<C>['id'] }) | undefined
  const full = { ...data, slug, sourceLocale }
  let outcome: UpsertOutcome = 'unchanged'
  let id = current?.id
  if (!current) {
    const created = await payload.create({ ...common, locale: sourceLocale, data: full } as Parameters<
      Payload['create']
    >[0])
    id = created.id as DataFromCollectionSlug<C>['id']
    outcome = 'created'
  } else if (!holds(current, full)) {
    await payload.update({ ...common, id: current.id, locale: sourceLocale, data: full } as Parameters<
      Payload['update']
    >[0])
    outcome = 'updated'
  }
  for (const [locale, values] of Object.entries(translations) as [LocaleCode, Plain][]) {
    const stored = await payload.findByID({
      ...common,
      id: id as DataFromCollectionSlug<C>['id'],
      locale,
      fallbackLocale: false,
    })
    if (holds(stored, values)) continue
    await payload.update({ ...common, id: id as DataFromCollectionSlug<C>['id'], locale, data: values } as Parameters<
      Payload['update']
    >[0])
    if (outcome === 'unchanged') outcome = 'updated'
  }
  return { id: id as DataFromCollectionSlug<C>['id'], outcome }
}
