import type { Payload, Where } from 'payload'

import type { LocaleCode } from '../i18n/locales'
import { cached } from './cache'
import { isSqlite, sqlRunner } from '../search/sqlite/connection'
import { idsOf, linksTo, readBySlug } from './documents'
import { findLocalizedPage, readInOrder } from './listPage'
import { findLocalized } from './localized'
import { linkProbe, newestPassing, type Filter, type NewestList } from './newestOnSqlite'
import { payloadClient } from './payload'
import { cachedUnlessPreviewing } from './previewable'
import { collectionTag, documentTag } from './tags'
import type { Viewer } from './viewer'

export const EVENTS_PAGE_SIZE = 10
/** Lists that depend on the current time are re-read at least this often, so a finished event moves to "past". */
const TIME_BOUND_SECONDS = 3600

const listSelect = {
  title: true,
  slug: true,
  summary: true,
  kind: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  allDay: true,
  venue: true,
} as const

export type EventsWhen = 'upcoming' | 'past'

function whenWhere(when: EventsWhen, now: Date): Where {
  return when === 'upcoming'
    ? { endsAt: { greater_than_equal: now.toISOString() } }
    : { endsAt: { less_than: now.toISOString() } }
}

/** Upcoming events soonest first, or past events latest first; each in the visitor's locale or its source locale. */
export const listEvents = cached(
  async (locale: LocaleCode, when: EventsWhen, page: number, limit: number) => {
    const payload = await payloadClient()
    return findLocalizedPage(payload, {
      collection: 'events',
      locale,
      select: listSelect,
      where: whenWhere(when, new Date()),
      sort: when === 'upcoming' ? 'startsAt' : '-startsAt',
      limit,
      page,
    })
  },
  'events:list',
  () => [collectionTag('events')],
  TIME_BOUND_SECONDS,
)

/** The events list for newestPassing (SQLite): latest `startsAt` first, then newest `createdAt`. */
export const eventList: NewestList = { table: 'events', order: ['starts_at', 'created_at'] }

/** The events naming programme `id`, for newestPassing. */
export function eventsOfProgramme(id: number): Filter {
  return {
    probe: { text: linkProbe('events', 'programmes', 'health_programmes_id'), args: [id] },
    set: {
      text: "p.id IN (SELECT parent_id FROM events_rels WHERE path = 'programmes' AND health_programmes_id = ?)",
      args: [id],
    },
  }
}

const linkSelect = { title: true, slug: true, startsAt: true, endsAt: true, timeZone: true, allDay: true } as const

/**
 * The `limit` latest events of a programme (latest start first), for its page. On SQLite without
 * reading every event that names it (a programme on each of 50,000 events: 80–120 ms through Payload's find).
 */
export async function latestEventsOf(payload: Payload, locale: LocaleCode, programme: number, limit: number) {
  const options = { collection: 'events', locale, select: linkSelect } as const
  if (isSqlite(payload))
    return readInOrder(
      payload,
      options,
      await newestPassing(await sqlRunner(payload), eventList, eventsOfProgramme(programme), limit),
    )
  const where = { programmes: { contains: programme } }
  return (await findLocalized(payload, { ...options, where, sort: '-startsAt', limit })).items
}

const calendarSelect = {
  ...listSelect,
  description: true,
  onlineLink: true,
  registrationLink: true,
  updatedAt: true,
  createdAt: true,
} as const

/** Every upcoming event with what a calendar entry needs, for the per-locale iCalendar feed. */
export const calendarEvents = cached(
  async (locale: LocaleCode) => {
    const payload = await payloadClient()
    return findLocalized(payload, {
      collection: 'events',
      locale,
      select: calendarSelect,
      where: whenWhere('upcoming', new Date()),
      sort: 'startsAt',
      limit: 500,
    })
  },
  'events:calendar',
  () => [collectionTag('events')],
  TIME_BOUND_SECONDS,
)

const detailSelect = {
  ...calendarSelect,
  office: true,
  organisers: true,
  programmes: true,
  meta: true,
} as const

/**
 * One event by slug, with its host office and related programmes.
 * A previewing editor gets the latest draft of the document itself, its related content as published.
 */
export const getEvent = cachedUnlessPreviewing(
  async (viewer: Viewer, locale: LocaleCode, slug: string) => {
    const payload = await payloadClient()
    const lookup = await readBySlug(payload, 'events', locale, slug, detailSelect, viewer)
    if (lookup.status !== 'found') return { lookup, related: null }
    const doc = lookup.result.doc
    const [office, programmes, news] = await Promise.all([
      linksTo(payload, 'offices', locale, idsOf(doc.office)),
      linksTo(payload, 'health-programmes', locale, idsOf(doc.programmes)),
      findLocalized(payload, {
        collection: 'press-releases',
        locale,
        select: { title: true, slug: true },
        where: { events: { contains: doc.id } },
        sort: '-publishedDate',
        limit: 10,
      }),
    ])
    const newsLinks = news.items.map((n) => ({
      id: n.doc.id,
      title: n.doc.title,
      slug: n.doc.slug ?? '',
      locale: n.locale,
      isFallback: n.isFallback,
    }))
    return { lookup, related: { office: office[0] ?? null, programmes, news: newsLinks } }
  },
  'events:detail',
  (_locale, slug) => [
    documentTag('events', slug),
    collectionTag('offices'),
    collectionTag('health-programmes'),
    collectionTag('press-releases'),
  ],
)
