/**
 * What the database already knows, for recognising it in an imported page: every office, programme
 * and event with its names (name or title and aliases, in every locale), read once per page inside
 * the page's transaction, so records the same import created are known too. Drafts included: an
 * office created as a draft by an earlier import is found, not created again.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Event, HealthProgramme, Office } from '../payload-types'

type AllLocales<V> = Partial<Record<string, V | null>> | V | null | undefined

export interface OfficeEntry {
  id: Office['id']
  slug: string
  /** The name in the source locale, for reports. */
  title: string
  kind?: Office['kind'] | null
  country?: string | null
  draft: boolean
  /** Names and aliases, every locale. */
  names: string[]
  /** The city in every locale. */
  cities: string[]
}

export interface ProgrammeEntry {
  id: HealthProgramme['id']
  slug: string
  title: string
  names: string[]
  themes: NonNullable<HealthProgramme['themes']>
}

export interface EventEntry {
  id: Event['id']
  slug: string
  title: string
  names: string[]
  startsAt?: string | null
}

export interface Directory {
  offices: OfficeEntry[]
  programmes: ProgrammeEntry[]
  events: EventEntry[]
}

/** The values of a field read with `locale: 'all'`, source locale first. */
function valuesOf<V>(field: AllLocales<V>, sourceLocale?: string | null): V[] {
  if (field === null || field === undefined) return []
  if (typeof field !== 'object' || Array.isArray(field)) return [field as V]
  const byLocale = field as Partial<Record<string, V | null>>
  const locales = Object.keys(byLocale).sort((a, b) => Number(b === sourceLocale) - Number(a === sourceLocale))
  return locales.map((locale) => byLocale[locale]).filter((v): v is V => v !== null && v !== undefined)
}

const texts = (values: unknown[]): string[] => [
  ...new Set(values.flat().filter((v): v is string => typeof v === 'string' && v.trim() !== '')),
]

export async function loadDirectory(payload: Payload, req: PayloadRequest): Promise<Directory> {
  const common = { req, locale: 'all', depth: 0, pagination: false, overrideAccess: true } as const
  const [offices, programmes, events] = await Promise.all([
    payload.find({
      ...common,
      collection: 'offices',
      select: {
        name: true,
        slug: true,
        aliases: true,
        city: true,
        kind: true,
        country: true,
        sourceLocale: true,
        _status: true,
      },
    }),
    payload.find({
      ...common,
      collection: 'health-programmes',
      select: { title: true, slug: true, aliases: true, themes: true, sourceLocale: true },
    }),
    payload.find({
      ...common,
      collection: 'events',
      select: { title: true, slug: true, aliases: true, startsAt: true, sourceLocale: true },
    }),
  ])
  // `locale: 'all'` types localized fields as plain values; they arrive keyed by locale.
  const all = <V>(value: unknown, source?: string | null) => valuesOf(value as AllLocales<V>, source)
  return {
    offices: offices.docs.map((doc) => {
      const names = texts([...all<string>(doc.name, doc.sourceLocale), ...all<string[]>(doc.aliases)])
      return {
        id: doc.id,
        slug: all<string>(doc.slug, doc.sourceLocale)[0] ?? '',
        title: names[0] ?? String(doc.id),
        kind: doc.kind,
        country: doc.country,
        draft: doc._status === 'draft',
        names,
        cities: texts(all<string>(doc.city)),
      }
    }),
    programmes: programmes.docs.map((doc) => {
      const names = texts([...all<string>(doc.title, doc.sourceLocale), ...all<string[]>(doc.aliases)])
      return {
        id: doc.id,
        slug: all<string>(doc.slug, doc.sourceLocale)[0] ?? '',
        title: names[0] ?? String(doc.id),
        names,
        themes: doc.themes ?? [],
      }
    }),
    events: events.docs.map((doc) => {
      const names = texts([...all<string>(doc.title, doc.sourceLocale), ...all<string[]>(doc.aliases)])
      return {
        id: doc.id,
        slug: all<string>(doc.slug, doc.sourceLocale)[0] ?? '',
        title: names[0] ?? String(doc.id),
        names,
        startsAt: doc.startsAt,
      }
    }),
  }
}
