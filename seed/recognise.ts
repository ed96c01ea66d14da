/**
 * Recognising what the database knows in an imported page's text, beside the seed's gazetteer
 * (`./mentions`): documents named by their name, title or an alias in any locale, and offices named
 * by what they are and where ("le bureau régional du Caire", "la mission de l’OIM au Bélarus",
 * "OIM Bélarus"), resolved against the offices' kinds, cities and countries. Pure functions.
 *
 * Names are compared in search folding (lib/search/fold): case, accents, ligatures, apostrophes and
 * Arabic spelling variants (hamza forms, ta marbuta, alif maqsura, vowel marks) do not count.
 */
import { foldForSearch } from '../lib/search/fold'
import type { OfficeKind } from '../lib/reference/taxonomy'
import type { OfficeEntry } from './directory'
import { countryCodeOf } from './mentions'
import type { Dateline } from './parser'

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const MIN_NAME_LENGTH = 3

/** Where `name` first occurs in `folded` as whole words, or -1. */
function wordIndex(folded: string, name: string): number {
  for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
    const before = folded[at - 1]
    const after = folded[at + name.length]
    if ((!before || !LETTER_OR_DIGIT.test(before)) && (!after || !LETTER_OR_DIGIT.test(after))) return at
  }
  return -1
}

/** The entries whose name or alias (any locale) the text contains, in order of first mention. */
export function findNamed<T extends { names: string[] }>(text: string, entries: readonly T[]): T[] {
  const folded = foldForSearch(text)
  return entries
    .map((entry, order) => {
      const hits = entry.names
        .map((name) => foldForSearch(name))
        .filter((name) => name.length >= MIN_NAME_LENGTH)
        .map((name) => wordIndex(folded, name))
        .filter((at) => at >= 0)
      return { entry, order, at: hits.length ? Math.min(...hits) : -1 }
    })
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((hit) => hit.entry)
}

/** An office the text names by its kind and place, found in the database or not. */
export interface OfficeMention {
  /** As written: "bureau régional de Bangkok". */
  text: string
  kind: OfficeKind
  /** The city as written ("Bangkok"); absent when the place named is a country. */
  city?: string
  /** ISO 3166-1 alpha-2, when the text says it ("Bangkok (Thaïlande)", "OIM Bélarus"). */
  country?: string
}

/**
 * `pattern` matching either case of each letter, spelled out (`bureau` → `[bB][uU]…`): words are
 * matched case-insensitively while places must start with a capital letter. Not with the inline
 * modifier `(?i:…)`: with it, these patterns matched nothing in a long test run on Node 24 (5 tests of
 * recognise.test.ts failed after ~50 other files in the same worker, and passed alone).
 */
function anyCase(pattern: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    if (c === '\\') {
      // An escape (\s, \(, \p{Lu}) is kept as written, with its braces.
      const brace = pattern[i + 2] === '{' ? pattern.indexOf('}', i) : -1
      const end = brace > 0 ? brace : i + 1
      out += pattern.slice(i, end + 1)
      i = end
      continue
    }
    if (c === '[') inClass = true
    else if (c === ']') inClass = false
    const lower = c.toLowerCase()
    const upper = c.toUpperCase()
    if (lower === upper || !/\p{L}/u.test(c)) out += c
    else out += inClass ? lower + upper : `[${lower}${upper}]`
  }
  return `(?:${out})`
}

const OIM = anyCase(
  String.raw`de\s+l['’]\s?(?:oim|organisation\s+internationale\s+pour\s+les\s+migrations(?:\s+\(oim\))?)|of\s+(?:the\s+)?iom|de\s+la\s+oim`,
)
const PLACE = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s(?:(?:de|del|da|do|of)\s)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`
const LOCATIVE = anyCase(String.raw`à|a|au|aux|en|in|at`)
const FROM = anyCase(String.raw`de|du|d['’]`)
const COUNTRY_AFTER = String.raw`(?:\s?\((?<country>[^()\n]{2,40})\)|,\s${anyCase('en|au|aux|in')}\s(?<countryAfter>${PLACE}))?`

const kindWordings: { kind: OfficeKind; wording: string; needsOim?: boolean }[] = [
  { kind: 'regional-office', wording: anyCase(String.raw`bureau\s+r[ée]gional|regional\s+office|oficina\s+regional`) },
  { kind: 'sub-office', wording: anyCase(String.raw`sous-bureau|bureau\s+auxiliaire|sub-?office|suboficina`) },
  {
    kind: 'liaison-office',
    wording: anyCase(String.raw`bureau\s+de\s+liaison|liaison\s+office|oficina\s+de\s+enlace`),
  },
  {
    kind: 'country-office',
    wording: anyCase(String.raw`bureau\s+(?:de\s+pays|national)|country\s+office|oficina\s+(?:de\s+pa[ií]s|nacional)`),
  },
  // "mission" alone is any trip: only the organisation's mission is an office.
  { kind: 'country-office', wording: anyCase(String.raw`mission|misi[óo]n`), needsOim: true },
]

const mentionPatterns = kindWordings.map(({ kind, wording, needsOim }) => ({
  kind,
  pattern: new RegExp(
    String.raw`(?<![\p{L}])(?<named>${wording}(?:\s+${OIM})${needsOim ? '' : '?'}` +
      // "bureau régional du Caire", "… de l’OIM au Caire", "… pour l’Asie et le Pacifique, à Bangkok"
      String.raw`(?:\s+${FROM}\s?|\s+${LOCATIVE}\s+|\s+${anyCase('pour|for|para')}\s+[^,.;()\n]{3,90}?,?\s+${LOCATIVE}\s+)` +
      String.raw`(?<place>${PLACE}))${COUNTRY_AFTER}`,
    'gu',
  ),
}))
/** "OIM Bélarus", "IOM Belarus": the usual signature of a country office. */
const signature = new RegExp(String.raw`(?<![\p{L}])(?:OIM|IOM)\s(?<place>${PLACE})`, 'gu')

const NOT_PLACES = new Set(['oim', 'iom', 'oms', 'who', 'onu', 'un', 'organisation', 'organization'])

/** A place compared by name: folded, without a leading article ("Le Caire" and "Caire" are one city). */
export function placeKey(place: string): string {
  return foldForSearch(place)
    .replace(/^(?:le|la|les|l'|el|al-|al|the)\s?/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function mentionFrom(
  kind: OfficeKind,
  text: string,
  place: string,
  countryText: string | undefined,
): OfficeMention | null {
  if (NOT_PLACES.has(placeKey(place))) return null
  const placeCountry = countryCodeOf(place)
  if (placeCountry) return { text, kind, country: placeCountry }
  const country = countryText ? countryCodeOf(countryText) : undefined
  return country ? { text, kind, city: place, country } : { text, kind, city: place }
}

/** Offices the text names by kind and place, each once, in order of first mention. */
export function findOfficeMentions(text: string): OfficeMention[] {
  const found: { at: number; mention: OfficeMention }[] = []
  for (const { kind, pattern } of mentionPatterns) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {}
      const mention = mentionFrom(kind, groups.named, groups.place, groups.country ?? groups.countryAfter)
      if (mention) found.push({ at: match.index, mention })
    }
  }
  for (const match of text.matchAll(signature)) {
    const country = countryCodeOf(match.groups?.place ?? '')
    if (country) found.push({ at: match.index, mention: { text: match[0], kind: 'country-office', country } })
  }
  const seen = new Set<string>()
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.mention)
    .filter((mention) => {
      const key = officeMentionKey(mention)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/** Two mentions with the same key name the same office: "mission de l’OIM au Bélarus", "OIM Bélarus". */
export function officeMentionKey(mention: Pick<OfficeMention, 'kind' | 'city' | 'country'>): string {
  return `${mention.kind}|${mention.city ? placeKey(mention.city) : ''}|${mention.country ?? ''}`
}

type Placed = Pick<OfficeEntry, 'kind' | 'country' | 'cities' | 'draft'>

/** The office a mention means: same kind, in the city named (and the country, when named), or the country's office. */
export function resolveOfficeMention<T extends Placed>(mention: OfficeMention, offices: readonly T[]): T | undefined {
  const city = mention.city ? placeKey(mention.city) : undefined
  const candidates = offices.filter((office) => {
    if (office.kind !== mention.kind) return false
    if (mention.country && office.country !== mention.country) return false
    return city ? office.cities.some((name) => placeKey(name) === city) : true
  })
  return candidates.find((office) => !office.draft) ?? candidates[0]
}

const kindPriority: Record<OfficeKind, number> = {
  headquarters: 0,
  'regional-office': 1,
  'country-office': 2,
  'sub-office': 3,
  'liaison-office': 4,
}

/**
 * The office a release was filed from, from its dateline: an office in the dateline's city (in the
 * dateline's country when it names one), else, when the dateline names a country ("Chile"), that
 * country's office. A city with no office gives undefined.
 */
export function datelineOffice(dateline: Dateline, offices: readonly OfficeEntry[]): OfficeEntry | undefined {
  const city = placeKey(dateline.city)
  const country = dateline.country ? countryCodeOf(dateline.country) : undefined
  const inCity = offices
    .filter((office) => office.cities.some((name) => placeKey(name) === city))
    .filter((office) => !country || office.country === country)
    .sort(
      (a, b) =>
        Number(a.draft) - Number(b.draft) ||
        kindPriority[a.kind ?? 'liaison-office'] - kindPriority[b.kind ?? 'liaison-office'],
    )
  if (inCity.length > 0) return inCity[0]
  const cityCountry = countryCodeOf(dateline.city)
  return cityCountry
    ? offices.find((office) => office.country === cityCountry && office.kind === 'country-office')
    : undefined
}
