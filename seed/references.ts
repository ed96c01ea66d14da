/**
 * Offices, events and programmes named in seed pages, written from the gazetteer (the seed data that
 * fills the database), and the draft offices an import creates for offices it found named but
 * unknown. Each method writes its record (and what it depends on) once and returns its id;
 * `written` keeps what one page's import wrote so the report can say so.
 */
import type { Payload, PayloadRequest } from 'payload'

import { slugify } from '../lib/text/slugify'
import { zonedWallTimeToUtc } from '../lib/time/zones'
import type { Event, HealthProgramme, Office } from '../payload-types'
import { otherLocales } from './frameText'
import { eventGazetteer, officeGazetteer, programmeGazetteer } from './gazetteer'
import type { OfficeMention } from './recognise'
import { upsert, type UpsertOutcome } from './upsert'

export interface Written {
  collection: 'offices' | 'events' | 'health-programmes' | 'press-releases' | 'pages'
  title: string
  outcome: UpsertOutcome
  /** Created as a draft, for an editor to complete and publish. */
  draft?: boolean
}

/** "bureau régional de Bangkok" → "Bureau régional de Bangkok". */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1)

export class References {
  readonly written: Written[] = []
  private readonly ids = new Map<string, number>()

  constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
  ) {}

  /** One after the other: records share parents, and a parallel lookup would create them twice. */
  private async each(keys: string[], ensure: (key: string) => Promise<number>): Promise<number[]> {
    const ids: number[] = []
    for (const key of keys) ids.push(await ensure(key))
    return ids
  }

  private remember(
    collection: Written['collection'],
    key: string,
    title: string,
    result: { id: number; outcome: UpsertOutcome },
  ): number {
    this.ids.set(`${collection}:${key}`, result.id)
    if (result.outcome !== 'unchanged') this.written.push({ collection, title, outcome: result.outcome })
    return result.id
  }

  async office(key: string): Promise<Office['id']> {
    const known = this.ids.get(`offices:${key}`)
    if (known !== undefined) return known
    const record = officeGazetteer.find((o) => o.key === key)
    if (!record) throw new Error(`Unknown office "${key}" in the gazetteer.`)
    const parent = record.parentKey ? await this.office(record.parentKey) : null
    const result = await upsert(this.payload, this.req, {
      collection: 'offices',
      slug: slugify(record.name.fr),
      sourceLocale: 'fr',
      data: {
        name: record.name.fr,
        kind: record.kind,
        region: record.region,
        city: record.city.fr,
        country: record.country as Office['country'],
        latitude: record.latitude,
        longitude: record.longitude,
        timeZone: record.timeZone as Office['timeZone'],
        parent,
        aliases: record.aliases?.fr ?? [],
        _status: 'published',
      },
      // Offices are reference data: their names and cities are translated from the start.
      translations: Object.fromEntries(
        otherLocales.map((locale) => [
          locale,
          {
            name: record.name[locale],
            city: record.city[locale],
            slug: slugify(record.name[locale]),
            ...(locale === 'en' ? { aliases: record.aliases?.en ?? [] } : {}),
          },
        ]),
      ),
    })
    return this.remember('offices', key, record.name.fr, result)
  }

  /**
   * An office the page names ("le bureau régional de Bangkok (Thaïlande)") that the database lacks:
   * created as a draft with what the text says (name, kind, city, country), so an editor completes
   * its region and time zone and publishes it; until then visitors see nothing of it.
   */
  async draftOffice(mention: OfficeMention): Promise<{ id: Office['id']; title: string }> {
    const title = capitalised(mention.text)
    const slug = slugify(title)
    const known = this.ids.get(`offices:draft:${slug}`)
    if (known !== undefined) return { id: known, title }
    const created = await this.payload.create({
      collection: 'offices',
      req: this.req,
      locale: 'fr',
      draft: true,
      depth: 0,
      overrideAccess: true,
      data: {
        name: title,
        slug,
        sourceLocale: 'fr',
        kind: mention.kind,
        city: mention.city,
        country: mention.country as Office['country'] | undefined,
        // Not the field's default (Geneva's): an editor sets the office's own.
        timeZone: null as unknown as Office['timeZone'],
        _status: 'draft',
      },
    })
    this.ids.set(`offices:draft:${slug}`, created.id)
    this.written.push({ collection: 'offices', title, outcome: 'created', draft: true })
    return { id: created.id, title }
  }

  async programme(key: string, body?: HealthProgramme['body']): Promise<HealthProgramme['id']> {
    const known = this.ids.get(`health-programmes:${key}`)
    if (known !== undefined && body === undefined) return known
    const record = programmeGazetteer.find((p) => p.key === key)
    if (!record) throw new Error(`Unknown programme "${key}" in the gazetteer.`)
    const offices = await this.each(record.officeKeys, (k) => this.office(k))
    const result = await upsert(this.payload, this.req, {
      collection: 'health-programmes',
      slug: slugify(record.title.fr),
      sourceLocale: 'fr',
      data: {
        title: record.title.fr,
        summary: record.summary.fr,
        status: record.status,
        themes: record.themes,
        regions: record.regions,
        countries: record.countries as HealthProgramme['countries'],
        offices,
        ...(body === undefined ? {} : { body }),
        _status: 'published',
      },
    })
    return this.remember('health-programmes', key, record.title.fr, result)
  }

  async event(key: string): Promise<Event['id']> {
    const known = this.ids.get(`events:${key}`)
    if (known !== undefined) return known
    const record = eventGazetteer.find((e) => e.key === key)
    if (!record) throw new Error(`Unknown event "${key}" in the gazetteer.`)
    const office = record.officeKey ? await this.office(record.officeKey) : null
    const programmes = await this.each(record.programmeKeys, (k) => this.programme(k))
    const result = await upsert(this.payload, this.req, {
      collection: 'events',
      slug: slugify(record.title.fr),
      sourceLocale: 'fr',
      data: {
        title: record.title.fr,
        kind: record.kind,
        status: record.status,
        allDay: record.allDay,
        timeZone: record.timeZone as Event['timeZone'],
        // The zone the admin's date pickers show the times in (the collection's hook would copy it too).
        startsAt_tz: record.timeZone as Event['timeZone'],
        endsAt_tz: record.timeZone as Event['timeZone'],
        startsAt: zonedWallTimeToUtc(`${record.startDate}T00:00`, record.timeZone).toISOString(),
        endsAt: zonedWallTimeToUtc(`${record.endDate}T23:59`, record.timeZone).toISOString(),
        venue: record.city.fr,
        office,
        organisers: record.organisers.map((name) => ({ name })),
        programmes,
        _status: 'published',
      },
    })
    return this.remember('events', key, record.title.fr, result)
  }
}
