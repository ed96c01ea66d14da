/**
 * What an imported page links to: the offices, programmes and events it names, found by the seed's
 * gazetteer (written from it when missing, as the seed does) and in the database (names and aliases
 * in every locale; offices by kind and place). An office named but found nowhere is reported as
 * unresolved, or created as a draft when the import was asked to (`--create-offices`).
 */
import type { OfficeKind } from '../lib/reference/taxonomy'
import type { Event, HealthProgramme, Office } from '../payload-types'
import type { Directory, OfficeEntry } from './directory'
import { eventGazetteer, officeGazetteer, programmeGazetteer } from './gazetteer'
import { findEventMentions, findOfficeMentions as findGazetteerOffices, findProgrammeMentions } from './mentions'
import { findNamed, findOfficeMentions, officeMentionKey, resolveOfficeMention, type OfficeMention } from './recognise'
import type { References } from './references'

export type LinkField = 'offices' | 'programmes' | 'events' | 'dateline.office' | 'contacts.office'

/** One link the imported document makes. */
export interface Link {
  field: LinkField
  collection: 'offices' | 'health-programmes' | 'events'
  title: string
  /** The linked office is a draft: visitors do not see it (nor the link) until it is published. */
  draft?: boolean
}

/** An office the page names that is not in the database. */
export interface UnresolvedMention {
  text: string
  kind: OfficeKind
  city?: string
  country?: string
  /** Created as a draft office (--create-offices). */
  createdAsDraft?: boolean
}

/** The gazetteer's offices by kind and place, for mentions of offices the database does not hold yet. */
const gazetteerPlaces = officeGazetteer.map((record) => ({
  key: record.key,
  kind: record.kind,
  country: record.country,
  cities: [record.city.fr, record.city.en, ...(record.cityAliases ?? [])],
  draft: false,
}))

export interface Found<Id> {
  id: Id
  title: string
  draft?: boolean
}

/** Adds `item` unless an item with its id is there already. */
function addOnce<Id>(list: Found<Id>[], item: Found<Id>): void {
  if (!list.some((known) => known.id === item.id)) list.push(item)
}

export class PageLinks {
  readonly links: Link[] = []
  readonly unresolved: UnresolvedMention[] = []

  constructor(
    private readonly refs: References,
    private readonly directory: Directory,
    private readonly createOffices: boolean,
  ) {}

  /** Records that the document links to `found` through `field`; returns the ids. */
  link<Id>(field: LinkField, collection: Link['collection'], found: Found<Id>[]): Id[] {
    for (const item of found)
      this.links.push({ field, collection, title: item.title, ...(item.draft ? { draft: true } : {}) })
    return found.map((item) => item.id)
  }

  /** Offices `text` names: the gazetteer's first (the seed's order), then the database's, then by kind and place. */
  async offices(text: string): Promise<Found<Office['id']>[]> {
    const found: Found<Office['id']>[] = []
    for (const key of findGazetteerOffices(text)) addOnce(found, await this.gazetteerOffice(key))
    for (const entry of findNamed(text, this.directory.offices)) addOnce(found, this.known(entry))
    for (const mention of findOfficeMentions(text)) {
      const office = await this.officeFor(mention)
      if (office) addOnce(found, office)
    }
    return found
  }

  async gazetteerOffice(key: string): Promise<Found<Office['id']>> {
    const record = officeGazetteer.find((o) => o.key === key)
    return { id: await this.refs.office(key), title: record?.name.fr ?? key }
  }

  known(entry: OfficeEntry): Found<Office['id']> {
    return { id: entry.id, title: entry.title, ...(entry.draft ? { draft: true } : {}) }
  }

  /** The office a mention means (in the database, else in the gazetteer), a new draft of it, or nothing (then it is reported). */
  private async officeFor(mention: OfficeMention): Promise<Found<Office['id']> | undefined> {
    const entry = resolveOfficeMention(mention, this.directory.offices)
    if (entry) return this.known(entry)
    const record = resolveOfficeMention(mention, gazetteerPlaces)
    if (record) return this.gazetteerOffice(record.key)
    if (this.unresolved.some((known) => officeMentionKey(known) === officeMentionKey(mention))) return undefined
    const unresolved: UnresolvedMention = {
      text: mention.text,
      kind: mention.kind,
      ...(mention.city ? { city: mention.city } : {}),
      ...(mention.country ? { country: mention.country } : {}),
    }
    if (!this.createOffices) {
      this.unresolved.push(unresolved)
      return undefined
    }
    const draft = await this.refs.draftOffice(mention)
    this.unresolved.push({ ...unresolved, createdAsDraft: true })
    // Known from now on: a later mention of it in this page finds it.
    const created: OfficeEntry = {
      id: draft.id,
      slug: '',
      title: draft.title,
      kind: mention.kind,
      country: mention.country,
      draft: true,
      names: [draft.title],
      cities: mention.city ? [mention.city] : [],
    }
    this.directory.offices.push(created)
    return this.known(created)
  }

  async programmes(text: string): Promise<Found<HealthProgramme['id']>[]> {
    const found: Found<HealthProgramme['id']>[] = []
    for (const key of findProgrammeMentions(text)) {
      const record = programmeGazetteer.find((p) => p.key === key)
      addOnce(found, { id: await this.refs.programme(key), title: record?.title.fr ?? key })
    }
    for (const entry of findNamed(text, this.directory.programmes)) addOnce(found, entry)
    return found
  }

  async events(text: string): Promise<Found<Event['id']>[]> {
    const found: Found<Event['id']>[] = []
    for (const key of findEventMentions(text)) {
      const record = eventGazetteer.find((e) => e.key === key)
      addOnce(found, { id: await this.refs.event(key), title: record?.title.fr ?? key })
    }
    for (const entry of findNamed(text, this.directory.events)) addOnce(found, entry)
    return found
  }
}
