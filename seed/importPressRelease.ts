/**
 * A parsed press release into Payload, with the offices, programmes and events it names and the
 * dateline as written ("Minsk, Bélarus").
 */
import type { Payload, PayloadRequest } from 'payload'

import { richTextFromParagraphs } from '../lib/text/richText'
import { slugify } from '../lib/text/slugify'
import type { Theme } from '../lib/reference/taxonomy'
import { zonedWallTimeToUtc } from '../lib/time/zones'
import type { Office, PressRelease } from '../payload-types'
import type { Directory } from './directory'
import { eventGazetteer, programmeGazetteer } from './gazetteer'
import { findEventMentions, findProgrammeMentions, officeForDateline, pageMentionText } from './mentions'
import type { Found, PageLinks } from './pageLinks'
import { datelineText, SeedParseError, type ParsedPage } from './parser'
import { datelineOffice } from './recognise'
import { upsert, type UpsertOutcome } from './upsert'

export interface PressReleaseOptions {
  /** Publication date (ISO date or date-time). */
  publishedDate?: string
}

const SUMMARY_MAX = 300

/** The first sentence of the first paragraph, cut at a word when long: the list and feed summary. */
export function summaryOf(paragraphs: readonly string[]): string | undefined {
  const first = paragraphs[0]
  if (!first) return undefined
  const sentence = /^(.+?[.!?»])(\s|$)/u.exec(first)?.[1] ?? first
  if (sentence.length <= SUMMARY_MAX) return sentence
  return `${sentence.slice(0, sentence.lastIndexOf(' ', SUMMARY_MAX - 1))} …`
}

/**
 * The zone the release is issued in: its dateline office's, else the zone of the event it announces,
 * else the headquarters'. Its date is a date there (fields/zonedDate).
 */
async function releaseZoneOf(
  payload: Payload,
  req: PayloadRequest,
  issuedBy: Found<Office['id']> | undefined,
  text: string,
): Promise<string> {
  if (issuedBy) {
    const office = await payload.findByID({
      collection: 'offices',
      id: issuedBy.id,
      select: { timeZone: true },
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (office?.timeZone) return office.timeZone
  }
  const event = eventGazetteer.find((e) => e.key === findEventMentions(text)[0])
  return event?.timeZone ?? 'Europe/Zurich'
}

function publicationDateOf(
  options: PressReleaseOptions,
  text: string,
  eventStarts: (string | null | undefined)[],
  zone: string,
): { date: string; warning?: string } {
  if (options.publishedDate) {
    const date = new Date(options.publishedDate)
    if (Number.isNaN(date.getTime()))
      throw new SeedParseError(
        'no-body',
        `"${options.publishedDate}" is not a date: give the publication date as YYYY-MM-DD.`,
      )
    // A calendar date is a date where the release is issued: 09:00 there, as for dates taken from events.
    if (/^\d{4}-\d{2}-\d{2}$/.test(options.publishedDate))
      return { date: zonedWallTimeToUtc(`${options.publishedDate}T09:00`, zone).toISOString() }
    return { date: date.toISOString() }
  }
  const event = eventGazetteer.find((e) => e.key === findEventMentions(text)[0])
  if (event)
    return {
      date: zonedWallTimeToUtc(`${event.startDate}T09:00`, zone).toISOString(),
      warning: `publication date taken from the event it announces (${event.startDate})`,
    }
  const start = eventStarts.find((s): s is string => Boolean(s))
  if (start)
    return {
      date: new Date(start).toISOString(),
      warning: `publication date taken from the event it announces (${start.slice(0, 10)})`,
    }
  return { date: new Date().toISOString(), warning: 'no publication date given (--date): today’s date used' }
}

/** Themes of the programmes and events named: the gazetteer's, then the database programmes'. */
function themesOf(text: string, directory: Directory, programmeIds: unknown[]): Theme[] {
  const programmeKeys = findProgrammeMentions(text)
  const eventKeys = findEventMentions(text)
  return [
    ...new Set([
      ...programmeGazetteer.filter((p) => programmeKeys.includes(p.key)).flatMap((p) => p.themes),
      ...eventGazetteer.filter((e) => eventKeys.includes(e.key)).flatMap((e) => e.themes),
      ...directory.programmes.filter((p) => programmeIds.includes(p.id)).flatMap((p) => p.themes),
    ]),
  ]
}

export async function importPressRelease(
  payload: Payload,
  req: PayloadRequest,
  links: PageLinks,
  directory: Directory,
  page: ParsedPage,
  options: PressReleaseOptions,
): Promise<{ outcome: UpsertOutcome; title: string; warning?: string }> {
  const title = page.title as string
  const text = pageMentionText(page)

  let issuedBy: Found<Office['id']> | undefined
  if (page.dateline) {
    const key = officeForDateline(page.dateline)
    const entry = key ? undefined : datelineOffice(page.dateline, directory.offices)
    issuedBy = key ? await links.gazetteerOffice(key) : entry ? links.known(entry) : undefined
  }
  const named = await links.offices(text)
  const offices = issuedBy ? [issuedBy, ...named.filter((o) => o.id !== issuedBy.id)] : named
  const programmes = await links.programmes(text)
  const events = await links.events(text)
  const eventStarts = directory.events.filter((e) => events.some((found) => found.id === e.id)).map((e) => e.startsAt)
  const zone = await releaseZoneOf(payload, req, issuedBy, text)
  const { date, warning } = publicationDateOf(options, text, eventStarts, zone)

  const contacts: NonNullable<PressRelease['contacts']> = []
  for (const contact of page.contacts) {
    const office = contact.office ? (await links.offices(contact.office))[0] : undefined
    contacts.push({
      name: contact.name ?? null,
      phone: contact.phone ?? null,
      email: contact.email ?? null,
      office: office ? links.link('contacts.office', 'offices', [office])[0] : null,
    })
  }
  const result = await upsert(payload, req, {
    collection: 'press-releases',
    slug: slugify(title),
    sourceLocale: 'fr',
    data: {
      title,
      publishedDate: date,
      timeZone: zone as PressRelease['timeZone'],
      publishedDate_tz: zone as PressRelease['timeZone'],
      dateline: {
        city: page.dateline ? datelineText(page.dateline) : null,
        office: issuedBy ? links.link('dateline.office', 'offices', [issuedBy])[0] : null,
      },
      summary: summaryOf(page.paragraphs),
      body: richTextFromParagraphs(page.paragraphs),
      contacts,
      offices: links.link('offices', 'offices', offices),
      programmes: links.link('programmes', 'health-programmes', programmes),
      events: links.link('events', 'events', events),
      themes: themesOf(
        text,
        directory,
        programmes.map((p) => p.id),
      ),
      _status: 'published',
    },
  })
  return { outcome: result.outcome, title, warning }
}
