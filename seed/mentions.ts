/**
 * Finds the organisation's entities (offices, events, programmes) mentioned in a seed page, against
 * the gazetteer in `./gazetteer`. Pure functions.
 */
import { countryCodes, countryName } from '../lib/reference/countries'
import type { OfficeKind } from '../lib/reference/taxonomy'
import { countryAliases, eventGazetteer, officeGazetteer, programmeGazetteer } from './gazetteer'
import type { Dateline, ParsedPage } from './parser'

export { countryAliases, eventGazetteer, officeGazetteer, programmeGazetteer } from './gazetteer'
export type { EventRecord, LocalisedText, OfficeRecord, ProgrammeRecord } from './gazetteer'

/**
 * The form gazetteer patterns are written against: lower case, accents and other combining marks
 * removed, ’ ‘ ʼ ` ´ turned into ', hyphens and dashes into "-", ligatures spelt out, runs of
 * whitespace (including no-break spaces) collapsed to one space; line breaks are kept, so that
 * patterns do not run across paragraphs.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .toLowerCase()
}

interface Matchable {
  key: string
  patterns: RegExp[]
}

/** Position of the first match of any pattern, or -1. `search` ignores `lastIndex`, so /g patterns are safe too. */
function firstIndex(folded: string, patterns: readonly RegExp[]): number {
  let best = -1
  for (const pattern of patterns) {
    const index = folded.search(pattern)
    if (index >= 0 && (best < 0 || index < best)) best = index
  }
  return best
}

/** Keys of the records mentioned in `text`, in order of first mention (ties: gazetteer order), each once. */
function findMentions(text: string, records: readonly Matchable[]): string[] {
  const folded = foldText(text)
  return records
    .map((record, order) => ({ key: record.key, order, index: firstIndex(folded, record.patterns) }))
    .filter((hit) => hit.index >= 0)
    .sort((a, b) => a.index - b.index || a.order - b.order)
    .map((hit) => hit.key)
    .filter((key, i, keys) => keys.indexOf(key) === i)
}

/**
 * Offices named as offices: "le Bureau régional de l’OIM à Vienne", "siège de l’OIM à Genève",
 * "les missions de l'OIM au Chili et en Colombie", "OIM Chili". A city named alone ("à Dakar
 * (Sénégal)") is not an office mention.
 */
export function findOfficeMentions(text: string): string[] {
  return findMentions(text, officeGazetteer)
}

export function findEventMentions(text: string): string[] {
  return findMentions(text, eventGazetteer)
}

export function findProgrammeMentions(text: string): string[] {
  return findMentions(text, programmeGazetteer)
}

const KIND_PRIORITY: Record<OfficeKind, number> = {
  headquarters: 0,
  'regional-office': 1,
  'country-office': 2,
  'sub-office': 3,
  'liaison-office': 4,
}

function placeKey(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

let countryIndex: Map<string, string> | undefined

/** Folded country name (French, English, Spanish, plus the gazetteer's aliases) → ISO code. */
export function countryCodeOf(place: string): string | undefined {
  if (!countryIndex) {
    const index = new Map<string, string>()
    for (const code of countryCodes) {
      for (const locale of ['fr', 'en', 'es']) index.set(placeKey(countryName(code, locale)), code)
    }
    for (const [code, names] of Object.entries(countryAliases)) {
      for (const name of names) index.set(placeKey(name), code)
    }
    countryIndex = index
  }
  return countryIndex.get(placeKey(place))
}

/**
 * The office a press release was filed from, from its dateline: the office in the dateline's city
 * ("Genève" → headquarters), else, when the dateline names a country ("Chile"), that country's
 * country office. A city with no office of ours ("Istanbul") gives undefined; it does not fall back
 * to the country's office.
 */
export function officeForDateline(d: Dateline): string | undefined {
  const city = placeKey(d.city)
  if (!city) return undefined
  const countryCode = d.country ? countryCodeOf(d.country) : undefined
  const inCity = officeGazetteer
    .filter((office) =>
      [office.city.fr, office.city.en, ...(office.cityAliases ?? [])].some((name) => placeKey(name) === city),
    )
    .filter((office) => !d.country || !countryCode || office.country === countryCode)
    .sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind])
  if (inCity.length > 0) return inCity[0].key

  const code = countryCodeOf(d.city)
  if (!code) return undefined
  return officeGazetteer.find((office) => office.country === code && office.kind === 'country-office')?.key
}

export interface PageMentions {
  /** Office of the dateline, for press releases. */
  datelineOffice?: string
  offices: string[]
  events: string[]
  programmes: string[]
}

/** The text of a parsed page that mentions are looked for in: title, paragraphs and the contacts' offices. */
export function pageMentionText(page: ParsedPage): string {
  const parts = [page.title ?? '', ...page.paragraphs, ...page.contacts.map((contact) => contact.office ?? '')]
  return parts.filter((part) => part.length > 0).join('\n')
}

/** Everything a parsed page mentions. The navigation block is not searched. */
export function findPageMentions(page: ParsedPage): PageMentions {
  const text = pageMentionText(page)
  const mentions: PageMentions = {
    offices: findOfficeMentions(text),
    events: findEventMentions(text),
    programmes: findProgrammeMentions(text),
  }
  const datelineOffice = page.dateline ? officeForDateline(page.dateline) : undefined
  if (datelineOffice) mentions.datelineOffice = datelineOffice
  return mentions
}
