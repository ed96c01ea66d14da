/**
 * Parser for the seed page format (`seed/pages/*.txt`): plain-text exports of the organisation's
 * French site. Every page repeats the site navigation block (from a first line "-" through the line
 * "- 2030 AGENDA") and then holds the article, which is either
 *
 * - a press release: a title line, a paragraph opening with a dateline ("Genève - Le Directeur…"),
 *   body paragraphs and, usually, a closing press-contact paragraph ("Pour plus d’informations,
 *   veuillez contacter …"); or
 * - a programme text: paragraphs, no dateline; the seed's own programme texts have no title line,
 *   other programme pages open with one (a short line that is not a sentence).
 *
 * Pure functions: no I/O. Typographic characters (’ « » …) are kept as they are.
 */

export interface PressContact {
  name?: string
  office?: string
  phone?: string
  email?: string
}

/** Where a press release was filed from. `city` holds the place as written, which may be a country ("Chile", "Suisse"). */
export interface Dateline {
  city: string
  country?: string
}

/** The dateline as the page wrote it: "Minsk, Bélarus", "Genève". */
export function datelineText(dateline: Dateline): string {
  return dateline.country ? `${dateline.city}, ${dateline.country}` : dateline.city
}

export interface NavigationSection {
  /** Which top-level menu the section belongs to: the block's "-" lines separate them (0, 1, 2 …). */
  group: number
  title: string
  intro?: string
  items: string[]
}

export interface ParsedNavigation {
  sections: NavigationSection[]
}

export interface ParsedPage {
  kind: 'press-release' | 'text'
  /** A press release's title, or a text page's title line when it has one. */
  title?: string
  /** Press releases only. */
  dateline?: Dateline
  /** Body paragraphs: the dateline prefix is removed from the first; the contact paragraph is not included. */
  paragraphs: string[]
  /** From the closing "Pour plus d’informations…" paragraph; empty when there is none. */
  contacts: PressContact[]
  /** What the repeated navigation block held; no sections when the page has no navigation block. */
  navigation: ParsedNavigation
}

export type SeedParseErrorCode =
  'not-a-string' | 'empty' | 'binary' | 'html' | 'json' | 'unterminated-navigation' | 'no-article' | 'no-body'

/** Thrown when a page cannot be parsed; the message says what was expected. */
export class SeedParseError extends Error {
  readonly code: SeedParseErrorCode

  constructor(code: SeedParseErrorCode, message: string) {
    super(message)
    this.name = 'SeedParseError'
    this.code = code
    Object.setPrototypeOf(this, new.target.prototype)
  }
}

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/**
 * Splits a page into clean lines: \r\n, \r and Unicode line/paragraph separators become line breaks,
 * BOM and zero-width characters are dropped, tabs and runs of whitespace become one space, lines are
 * trimmed and empty lines dropped. A lone no-break space (French typography) is kept.
 */
export function normaliseLines(text: string): string[] {
  return text
    .replace(/[\uFEFF\u200B-\u200D\u2060]/g, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[\t\f\v]/g, ' ')
        .replace(/[^\S\n]{2,}/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 0)
}

const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F]/
const HTML_TAG =
  /<\s*(?:!doctype|html|head|body|meta|script|style|div|span|p|br|a|h[1-6]|ul|ol|li|table|tr|td|img|section|article|nav|header|footer)(?:\s[^<>]*)?\/?\s*>|<\/\s*(?:html|head|body|div|span|p|a|h[1-6]|ul|ol|li|table|section|article|nav)\s*>/i

/** Rejects input that is clearly not a plain-text page export. */
function assertPlainText(text: string): void {
  if (CONTROL_CHARS.test(text) || (text.match(/\uFFFD/g)?.length ?? 0) > 3) {
    throw new SeedParseError(
      'binary',
      'Seed page looks like binary data (control characters or undecodable bytes found); expected UTF-8 plain text: the navigation block, then a title line and paragraphs.',
    )
  }
  if (HTML_TAG.test(text)) {
    throw new SeedParseError(
      'html',
      'Seed page looks like HTML (markup tags found); expected the plain-text export of the page, one paragraph per line, not its HTML source.',
    )
  }
  const trimmed = text.trim()
  if (/^[[{]/.test(trimmed)) {
    let isJson = false
    try {
      JSON.parse(trimmed)
      isJson = true
    } catch {
      isJson = false
    }
    if (isJson) {
      throw new SeedParseError(
        'json',
        'Seed page is JSON; expected plain text: the navigation block, then a title line and paragraphs.',
      )
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Photo markers
// ---------------------------------------------------------------------------------------------

/**
 * "(photo)", "(photos)", "(voir photo)", "(photo ci-dessus)", "(see photo)", "(foto)": the source pages
 * pointed at pictures beside the text; the export kept the pointer but not the picture.
 */
const PHOTO_MARKER =
  /\s*\((?:(?:voir|see|ver)\s+(?:la\s+|les\s+|the\s+)?)?(?:photos?|fotos?|photographies?)(?:\s+(?:ci-dessus|ci-dessous|above|below|arriba|abajo))?\)/giu

/** A paragraph without its photo markers, spaces before punctuation they left behind tidied. */
export function dropPhotoMarkers(paragraph: string): string {
  return paragraph.replace(PHOTO_MARKER, '').trim()
}

// ---------------------------------------------------------------------------------------------
// Navigation block
// ---------------------------------------------------------------------------------------------

const NAV_START = '-'
const NAV_END = /^-\s*2030\s+agenda$/i
const NAV_ITEM = /^-\s+(\S.*)$/
/** A heading glued to its intro sentence: "Qui sommes nousL'Organisation…" (lower case letter, then a capital). */
const GLUED = /^(.{2,40}?\p{Ll})(\p{Lu}.{20,})$/u

interface SectionDraft {
  group: number
  title: string
  intro?: string
  items: string[]
  repeated: boolean
}

function toSection(draft: SectionDraft): NavigationSection {
  const { group, title, items } = draft
  return draft.intro === undefined ? { group, title, items } : { group, title, intro: draft.intro, items }
}

/**
 * Reads the navigation block: "-" alone separates top-level groups, a heading line starts a section
 * (the site prints each heading twice, or once followed by the heading glued to its intro sentence),
 * "- item" lines are the section's links. The "-" and "- 2030 AGENDA" delimiters are included
 * or not, as given.
 */
export function parseNavigation(lines: readonly string[]): ParsedNavigation {
  const drafts: SectionDraft[] = []
  let current: SectionDraft | undefined
  let group = 0

  for (const line of lines) {
    if (line === NAV_START) {
      if (drafts.length > 0) group++
      current = undefined
      continue
    }
    const item = NAV_ITEM.exec(line)
    if (item) {
      const target = current ?? drafts[drafts.length - 1]
      if (target) target.items.push(item[1].trim())
      else {
        current = { group, title: item[1].trim(), items: [], repeated: false }
        drafts.push(current)
      }
      continue
    }
    const fresh = current && current.items.length === 0 && current.intro === undefined
    if (current && fresh && line === current.title && !current.repeated) {
      current.repeated = true
      continue
    }
    if (current && fresh && line.length > current.title.length && line.startsWith(current.title)) {
      current.intro = line.slice(current.title.length).trim()
      current.repeated = true
      continue
    }
    const glued = GLUED.exec(line)
    current = glued
      ? { group, title: glued[1].trim(), intro: glued[2].trim(), items: [], repeated: true }
      : { group, title: line, items: [], repeated: false }
    drafts.push(current)
  }
  return { sections: drafts.map(toSection) }
}

// ---------------------------------------------------------------------------------------------
// Dateline
// ---------------------------------------------------------------------------------------------

/** "Place - rest", the separator a hyphen, en dash or em dash with whitespace before (and after, unless nothing follows). */
const DATELINE = /^(\S[^\n]*?)\s+[-\u2013\u2014](?:\s+([\s\S]*))?$/u
const MAX_DATELINE_WORDS = 5
const MAX_DATELINE_LENGTH = 50
/** Lower-case words allowed inside a place name: "Rio de Janeiro", "Port of Spain", "Bosnia and Herzegovina". */
const PLACE_CONNECTORS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'del',
  'el',
  'al',
  'et',
  'y',
  'e',
  'of',
  'and',
  'upon',
  'on',
  'sur',
  'en',
  'au',
  'aux',
  'am',
  'an',
  'der',
  'im',
  'van',
  'von',
])
/** Capitalised words that start sentences, never place names. */
const SENTENCE_STARTERS = new Set([
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'nous',
  'vous',
  'je',
  'tu',
  'ce',
  'cet',
  'cette',
  'ces',
  'c’est',
  "c'est",
  'mais',
  'donc',
  'or',
  'ainsi',
  'toutefois',
  'cependant',
  'ensuite',
  'enfin',
  'alors',
  'puis',
  'selon',
  'pour',
  'par',
  'avec',
  'dans',
  'depuis',
  'pendant',
  'lors',
  'après',
  'avant',
  'un',
  'une',
  'des',
  'du',
  'et',
  'ou',
  'si',
  'quand',
  'comme',
  'voici',
  'voilà',
  'oui',
  'non',
  'merci',
  'attention',
  'remarque',
  'note',
  'nb',
  'aujourd’hui',
  "aujourd'hui",
  'hier',
  'demain',
  'a',
  'à',
  'it',
  'he',
  'she',
  'they',
  'we',
  'you',
  'i',
  'this',
  'that',
  'these',
  'those',
  'an',
  'but',
  'and',
  'so',
  'however',
  'then',
  'also',
  'for',
  'with',
  'in',
  'at',
  'from',
  'by',
  'after',
  'before',
  'during',
  'since',
  'if',
  'when',
  'as',
  'yes',
  'no',
  'today',
  'yesterday',
])
const PLACE_WORD = /^(?:\p{Lu}|[dl][’']\p{Lu})[\p{L}\p{M}’'.-]*$/u
const ABBREVIATION = /^(?:(?:\p{Lu}\.)+|(?:St|Ste|Mt|Ft)\.)$/u
const FORBIDDEN_IN_PLACE = /[\d!?;:…«»"“”()[\]{}<>/\\|@#%&*+=_~]/u

function isPlaceName(words: string[]): boolean {
  if (words.length === 0) return false
  const first = words[0]
  const last = words[words.length - 1]
  if (!PLACE_WORD.test(first) || !PLACE_WORD.test(last)) return false
  if (SENTENCE_STARTERS.has(first.toLowerCase())) return false
  return words.every((word) => {
    if (word.includes('.') && !ABBREVIATION.test(word)) return false
    return PLACE_WORD.test(word) || PLACE_CONNECTORS.has(word)
  })
}

/**
 * Splits a dateline ("Genève - …", "Minsk, Bélarus – …", "Chile — …") from the start of a paragraph.
 * The place must be short (at most five words), start with a capital letter and hold no digits or
 * sentence punctuation, so an ordinary sentence containing " - " is not taken for a dateline.
 * Returns null when the paragraph does not open with a dateline.
 */
export function parseDateline(paragraph: string): { dateline: Dateline; rest: string } | null {
  const match = DATELINE.exec(paragraph.trim())
  if (!match) return null
  const head = match[1].trim()
  const rest = (match[2] ?? '').trim()
  if (head.length > MAX_DATELINE_LENGTH || FORBIDDEN_IN_PLACE.test(head)) return null
  const parts = head.split(',').map((part) => part.trim())
  if (parts.length > 2 || parts.some((part) => part.length === 0)) return null
  const wordsOfParts = parts.map((part) => part.split(/\s+/))
  if (wordsOfParts.reduce((n, words) => n + words.length, 0) > MAX_DATELINE_WORDS) return null
  if (!wordsOfParts.every(isPlaceName)) return null
  const dateline: Dateline = parts.length === 2 ? { city: parts[0], country: parts[1] } : { city: parts[0] }
  return { dateline, rest }
}

// ---------------------------------------------------------------------------------------------
// Press contacts
// ---------------------------------------------------------------------------------------------

const CONTACT_LEAD =
  /^(?:pour\s+(?:plus\s+d['’]\s?informations?|de\s+plus\s+amples\s+informations|toute\s+(?:information|question|demande)(?:\s+\p{L}+)?)|for\s+(?:more|further)\s+information)\s*[,:]?\s*(?:(?:veuillez|merci\s+de|pri[eè]re\s+de|please)\s+)?(?:contacter|contactez|contact|s['’]adresser\s+[àa]|adressez-vous\s+[àa])(?![\p{L}])\s*:?\s*([\s\S]*)$/iu
const CONTACT_SEPARATOR = /\s*;\s*|\s*,?\s+(?:ou|or)\s+/iu
const EMAIL = /(?:(?<![\p{L}\d])(?:e-?mail|courriel|mail)\s*:?\s*)?([\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)/iu
const LABELLED_PHONE =
  /(?<![\p{L}\d])(?:t[ée]l[ée]phone|telephone|phone|t[ée]l|mobile|mob|portable|cell(?:ulaire)?|gsm)\.?\s*:?\s*(\+?\s?\(?\d[\d\s().\/-]{4,}\d)/iu
const BARE_PHONE = /(?<![\p{L}\d@.])(\+\s?\d[\d\s().\/-]{5,}\d)/u
const HONORIFIC = /^(?:M\.|MM\.|Mme|Mmes|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Prof\.?)\s+/u
/** Words that begin an office, not a person's name. */
const OFFICE_WORDS = new Set([
  'oim',
  'iom',
  'oms',
  'who',
  'bureau',
  'bureaux',
  'mission',
  'siège',
  'siege',
  'office',
  'département',
  'departement',
  'department',
  'service',
  'division',
  'unité',
  'unite',
  'unit',
  'organisation',
  'organization',
  'ministère',
  'ministere',
  'ministry',
  'porte-parole',
  'spokesperson',
  'press',
  'presse',
  'media',
  'médias',
])
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'dos',
  'das',
  'do',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
])
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}’'.-]*$/u
const OFFICE_LEAD =
  /^(?:au|aux|à\s+la|à\s+l['’]|à|a|chez|auprès\s+(?:de\s+la|de\s+l['’]|du|des|de)|at\s+the|at|of\s+the|of|from\s+the|from|in\s+the|in|with\s+the|with)(?:\s+|(?<=['’]))/iu

function cut(text: string, index: number, length: number): string {
  return `${text.slice(0, index)} , ${text.slice(index + length)}`
}

function tidy(text: string): string {
  return text
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?:\s*,\s*)+/g, ', ')
    .replace(/^[\s,:;.\u2013\u2014-]+|[\s,:;.\u2013\u2014-]+$/gu, '')
    .trim()
}

function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase()
}

/** "Leonard Doyle au siège de l’OIM à Genève" → name + office; "OIM Chili" → office only. */
function splitNameAndOffice(text: string): { name?: string; office?: string } {
  const source = text.replace(HONORIFIC, '')
  const tokens = source.split(' ')
  const nameTokens: string[] = []
  let consumed = 0
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]
    const endsClause = /[,:;]$/.test(raw)
    const word = raw.replace(/[,:;]$/, '')
    const isParticle =
      nameTokens.length > 0 && NAME_PARTICLES.has(word) && i + 1 < tokens.length && NAME_WORD.test(tokens[i + 1])
    const isNameWord = NAME_WORD.test(word) && !OFFICE_WORDS.has(word.toLowerCase()) && !isAcronym(word)
    if (!isParticle && !isNameWord) break
    nameTokens.push(word)
    consumed = i + 1
    if (endsClause) break
  }
  // A trailing particle is not part of the name.
  while (nameTokens.length > 0 && NAME_PARTICLES.has(nameTokens[nameTokens.length - 1])) {
    nameTokens.pop()
    consumed--
  }
  const name = nameTokens.join(' ')
  let rest = tidy(tokens.slice(consumed).join(' '))
  if (name) rest = tidy(rest.replace(OFFICE_LEAD, ''))
  rest = rest.replace(/^\((.*)\)$/u, '$1').trim()
  const result: { name?: string; office?: string } = {}
  if (name) result.name = name
  if (rest) result.office = rest
  return result
}

function parseContactChunk(chunk: string): PressContact | null {
  let rest = ` ${chunk} `
  const contact: PressContact = {}

  const email = EMAIL.exec(rest)
  if (email?.index !== undefined) {
    contact.email = email[1]
    rest = cut(rest, email.index, email[0].length)
  }
  let phone = LABELLED_PHONE.exec(rest) ?? BARE_PHONE.exec(rest)
  while (phone?.index !== undefined) {
    // The first number is kept; further numbers of the same person are dropped from the text.
    contact.phone ??= phone[1].replace(/\s+/g, ' ').trim()
    rest = cut(rest, phone.index, phone[0].length)
    phone = LABELLED_PHONE.exec(rest) ?? BARE_PHONE.exec(rest)
  }
  // Labels whose value was missing.
  rest = rest.replace(
    /(?<![\p{L}\d])(?:t[ée]l[ée]phone|telephone|phone|t[ée]l|mobile|mob|e-?mail|courriel)\.?\s*:?(?=\s*(?:,|$))/giu,
    ' ',
  )
  const { name, office } = splitNameAndOffice(tidy(rest))
  if (name) contact.name = name
  if (office) contact.office = office
  const ordered: PressContact = {}
  if (contact.name) ordered.name = contact.name
  if (contact.office) ordered.office = contact.office
  if (contact.phone) ordered.phone = contact.phone
  if (contact.email) ordered.email = contact.email
  return Object.keys(ordered).length > 0 ? ordered : null
}

/**
 * Reads a closing press-contact paragraph ("Pour plus d’informations, veuillez contacter …").
 * Several contacts may be joined by " ou ", " or " or ";". Returns null when the paragraph is not a
 * contact paragraph, and an empty list when it is one but names nobody.
 */
export function parsePressContacts(paragraph: string): PressContact[] | null {
  const lead = CONTACT_LEAD.exec(paragraph.trim())
  if (!lead) return null
  const body = lead[1].trim().replace(/[\s.]+$/u, '')
  if (!body) return []
  const contacts: PressContact[] = []
  for (const chunk of body.split(CONTACT_SEPARATOR)) {
    const contact = parseContactChunk(chunk)
    if (!contact) continue
    const previous = contacts[contacts.length - 1]
    const phoneOnly = contact.phone !== undefined && Object.keys(contact).length === 1
    if (phoneOnly && previous) {
      // "Tel. +41 … ou +41 …": another number of the same person.
      previous.phone ??= contact.phone
      continue
    }
    contacts.push(contact)
  }
  return contacts
}

// ---------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------

const MAX_TITLE_LENGTH = 150

/** A text page's first line is its title when it is short and not a sentence (no closing punctuation). */
function isTitleLine(line: string): boolean {
  return line.length <= MAX_TITLE_LENGTH && !/[.!?…:;,]$/u.test(line)
}

function quoted(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text
  return `"${shown}"`
}

/**
 * Parses one seed page. Throws SeedParseError when the text is empty, is not a plain-text export
 * (binary, HTML, JSON), has a navigation block that is not terminated or not followed by an article,
 * or has no body paragraphs.
 */
export function parseSeedPage(text: string): ParsedPage {
  if (typeof text !== 'string') {
    throw new SeedParseError('not-a-string', `Seed page must be a string; got ${text === null ? 'null' : typeof text}.`)
  }
  assertPlainText(text)
  const lines = normaliseLines(text)
  if (lines.length === 0) {
    throw new SeedParseError(
      'empty',
      'Seed page is empty; expected the navigation block ("-" … "- 2030 AGENDA") followed by the article.',
    )
  }

  let article = lines
  let navigation: ParsedNavigation = { sections: [] }
  if (lines[0] === NAV_START) {
    const end = lines.findIndex((line) => NAV_END.test(line))
    if (end < 0) {
      throw new SeedParseError(
        'unterminated-navigation',
        'Seed page starts a navigation block (first line "-") but the line "- 2030 AGENDA" that ends it was not found; expected the navigation block to end with "- 2030 AGENDA" before the article.',
      )
    }
    navigation = parseNavigation(lines.slice(1, end + 1))
    article = lines.slice(end + 1)
    if (article.length === 0) {
      throw new SeedParseError(
        'no-article',
        'Seed page has the navigation block but no article after it; expected a title line and paragraphs (or programme paragraphs) after "- 2030 AGENDA".',
      )
    }
  }

  // A line that held nothing but a photo marker goes with it.
  article = article.map(dropPhotoMarkers).filter((line) => line.length > 0)
  if (article.length === 0) {
    throw new SeedParseError(
      'no-article',
      'Seed page holds only photo markers ("(photo)") where the article should be; expected a title line and paragraphs.',
    )
  }

  let contacts: PressContact[] = []
  let body = article
  const closing = parsePressContacts(article[article.length - 1])
  if (closing !== null) {
    contacts = closing
    body = article.slice(0, -1)
  }

  const dated = body.length >= 2 ? parseDateline(body[1]) : null
  if (dated) {
    const title = body[0]
    const paragraphs = [dated.rest, ...body.slice(2)].filter((p) => p.length > 0)
    if (paragraphs.length === 0) {
      throw new SeedParseError(
        'no-body',
        `Press release ${quoted(title)} has a title and a dateline (${dated.dateline.city}) but no body paragraphs; expected text after the dateline or further paragraphs before the contact paragraph.`,
      )
    }
    return { kind: 'press-release', title, dateline: dated.dateline, paragraphs, contacts, navigation }
  }

  if (body.length === 0) {
    throw new SeedParseError(
      'no-body',
      'Seed page holds only a press-contact paragraph; expected a title line with a dateline paragraph, or programme paragraphs, before it.',
    )
  }
  if (body.length >= 2 && isTitleLine(body[0]))
    return { kind: 'text', title: body[0], paragraphs: body.slice(1), contacts, navigation }
  return { kind: 'text', paragraphs: body, contacts, navigation }
}
