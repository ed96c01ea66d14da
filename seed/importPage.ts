/**
 * One seed page into Payload, all or nothing: a press release (with the offices, events and
 * programmes it mentions) or a programme text. Every write of a page shares one transaction, so a
 * refused page leaves the database as it was.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { describeError } from '../lib/describeError'
import { richTextFromParagraphs } from '../lib/richText'
import { slugify } from '../lib/slugify'
import type { PressRelease } from '../payload-types'
import { findPageMentions } from './mentions'
import { parseSeedPage, SeedParseError, type ParsedPage } from './parser'
import { eventGazetteer, officeGazetteer, programmeGazetteer } from './gazetteer'
import { References, type Written } from './references'
import { upsert, type UpsertOutcome } from './upsert'
import { zonedWallTimeToUtc } from '../lib/time'

export interface ImportOptions {
  /** Name shown in the report. */
  file: string
  /** Publication date of a press release (ISO date or date-time). */
  publishedDate?: string
  /** Import a text page as the body of this programme (gazetteer key), instead of detecting it. */
  programme?: string
}

export interface ImportReport {
  file: string
  outcome: UpsertOutcome | 'refused'
  kind?: 'press-release' | 'programme'
  title?: string
  /** Why the page was refused, or a warning about an imported page. */
  reason?: string
  /** Related records the import created or updated. */
  related: Written[]
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
function releaseZoneOf(mentions: ReturnType<typeof findPageMentions>): string {
  const office = officeGazetteer.find((o) => o.key === mentions.datelineOffice)
  const event = eventGazetteer.find((e) => e.key === mentions.events[0])
  return office?.timeZone ?? event?.timeZone ?? 'Europe/Zurich'
}

function publicationDateOf(
  options: ImportOptions,
  mentions: ReturnType<typeof findPageMentions>,
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
  const event = eventGazetteer.find((e) => e.key === mentions.events[0])
  if (event)
    return {
      date: zonedWallTimeToUtc(`${event.startDate}T09:00`, zone).toISOString(),
      warning: `publication date taken from the event it announces (${event.startDate})`,
    }
  return { date: new Date().toISOString(), warning: 'no publication date given (--date): today’s date used' }
}

async function importPressRelease(
  payload: Payload,
  refs: References,
  page: ParsedPage,
  options: ImportOptions,
  req: Parameters<typeof upsert>[1],
) {
  const title = page.title as string
  const mentions = findPageMentions(page)
  const zone = releaseZoneOf(mentions)
  const { date, warning } = publicationDateOf(options, mentions, zone)
  const officeKeys = [...new Set([mentions.datelineOffice, ...mentions.offices].filter((k): k is string => Boolean(k)))]
  const offices = []
  for (const key of officeKeys) offices.push(await refs.office(key))
  const programmes = []
  for (const key of mentions.programmes) programmes.push(await refs.programme(key))
  const events = []
  for (const key of mentions.events) events.push(await refs.event(key))
  const themes = [
    ...new Set([
      ...programmeGazetteer.filter((p) => mentions.programmes.includes(p.key)).flatMap((p) => p.themes),
      ...eventGazetteer.filter((e) => mentions.events.includes(e.key)).flatMap((e) => e.themes),
    ]),
  ]
  const contacts: NonNullable<PressRelease['contacts']> = []
  for (const contact of page.contacts) {
    const officeKey = contact.office
      ? findPageMentions({ ...page, title: undefined, paragraphs: [contact.office], contacts: [] }).offices[0]
      : undefined
    contacts.push({
      name: contact.name ?? null,
      phone: contact.phone ?? null,
      email: contact.email ?? null,
      office: officeKey ? await refs.office(officeKey) : null,
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
        city: page.dateline?.city ?? null,
        office: mentions.datelineOffice ? await refs.office(mentions.datelineOffice) : null,
      },
      summary: summaryOf(page.paragraphs),
      body: richTextFromParagraphs(page.paragraphs),
      contacts,
      offices,
      programmes,
      events,
      themes,
      _status: 'published',
    },
  })
  return { outcome: result.outcome, title, warning }
}

async function importProgrammeText(refs: References, page: ParsedPage, options: ImportOptions) {
  const key = options.programme ?? findPageMentions(page).programmes[0]
  const record = programmeGazetteer.find((p) => p.key === key)
  if (!record)
    throw new SeedParseError(
      'no-article',
      options.programme
        ? `Unknown programme "${options.programme}". Known programmes: ${programmeGazetteer.map((p) => p.key).join(', ')}.`
        : 'This page has no title and no dateline, so it is not a press release, and it names no known programme. Import it as a programme text with --programme <key>.',
    )
  await refs.programme(record.key, richTextFromParagraphs(page.paragraphs))
  const own = refs.written.find((w) => w.collection === 'health-programmes' && w.title === record.title.fr)
  return { outcome: own?.outcome ?? ('unchanged' as UpsertOutcome), title: record.title.fr }
}

export async function importSeedPage(payload: Payload, text: string, options: ImportOptions): Promise<ImportReport> {
  let page: ParsedPage
  try {
    page = parseSeedPage(text)
  } catch (error) {
    return { file: options.file, outcome: 'refused', reason: (error as Error).message, related: [] }
  }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  const refs = new References(payload, req)
  try {
    if (page.kind === 'press-release') {
      const { outcome, title, warning } = await importPressRelease(payload, refs, page, options, req)
      await commitTransaction(req)
      return { file: options.file, outcome, kind: 'press-release', title, reason: warning, related: refs.written }
    }
    const { outcome, title } = await importProgrammeText(refs, page, options)
    await commitTransaction(req)
    return {
      file: options.file,
      outcome,
      kind: 'programme',
      title,
      related: refs.written.filter((w) => w.title !== title),
    }
  } catch (error) {
    await killTransaction(req)
    return {
      file: options.file,
      outcome: 'refused',
      kind: page.kind === 'press-release' ? 'press-release' : 'programme',
      title: page.title,
      reason: describeError(error),
      related: [],
    }
  }
}
