/**
 * A programme page into Payload: the body of the programme it is about — named by `--programme`,
 * by its title line (or `--title`), or, for the seed's own texts that have no title, by the text —
 * or, when no programme has that title, a new programme created from it, linked to the offices the
 * text names.
 */
import type { Payload, PayloadRequest } from 'payload'

import { richTextFromParagraphs } from '../lib/text/richText'
import { foldForSearch } from '../lib/search/fold'
import { slugify } from '../lib/text/slugify'
import type { Office } from '../payload-types'
import type { Directory, ProgrammeEntry } from './directory'
import { programmeGazetteer, type ProgrammeRecord } from './gazetteer'
import { summaryOf } from './importPressRelease'
import { findProgrammeMentions, pageMentionText } from './mentions'
import type { PageLinks } from './pageLinks'
import { SeedParseError, type ParsedPage } from './parser'
import { findNamed } from './recognise'
import type { References } from './references'
import { upsert, type UpsertOutcome } from './upsert'

export interface ProgrammeOptions {
  /** The programme this page is the text of: a gazetteer key, or a programme's slug, title or alias. */
  programme?: string
  /** The programme's title, instead of the page's title line. */
  title?: string
}

interface Imported {
  outcome: UpsertOutcome
  title: string
}

const sameName = (a: string, b: string) => foldForSearch(a) === foldForSearch(b)

/** "Tuberculose et migration : dépistage et …" → "Tuberculose et migration", the name texts use. */
function shortNameOf(title: string): string | undefined {
  const short = title.split(/\s[:–—-]\s/u)[0].trim()
  return short !== title && short.length >= 3 ? short : undefined
}

export class ProgrammeImport {
  constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
    private readonly refs: References,
    private readonly links: PageLinks,
    private readonly directory: Directory,
  ) {}

  async run(page: ParsedPage, options: ProgrammeOptions): Promise<Imported> {
    if (options.programme) return this.into(this.named(options.programme), page)
    const title = options.title ?? page.title
    if (title) {
      const known =
        programmeGazetteer.find((p) => sameName(p.title.fr, title) || sameName(p.title.en, title)) ??
        this.directory.programmes.find((p) => p.names.some((name) => sameName(name, title)))
      return known ? this.into(known, page) : this.create(title, page)
    }
    const text = pageMentionText(page)
    const key = findProgrammeMentions(text)[0]
    const named = key ? programmeGazetteer.find((p) => p.key === key) : findNamed(text, this.directory.programmes)[0]
    if (!named)
      throw new SeedParseError(
        'no-article',
        'This page has no title line and no dateline, so it is not a press release, and it names no known programme. Give the programme’s title with --title "…" to create it, or import the text into a programme with --programme <slug>.',
      )
    return this.into(named, page)
  }

  /** The programme `--programme` names: a gazetteer key, or a programme's slug, title or alias. */
  private named(reference: string): ProgrammeRecord | ProgrammeEntry {
    const found =
      programmeGazetteer.find((p) => p.key === reference) ??
      this.directory.programmes.find((p) => p.slug === reference || p.names.some((name) => sameName(name, reference)))
    if (found) return found
    const known = [
      ...new Set([...programmeGazetteer.map((p) => p.key), ...this.directory.programmes.map((p) => p.slug)]),
    ]
    throw new SeedParseError(
      'no-article',
      `Unknown programme "${reference}". Known programmes: ${known.join(', ')}. A page with a title line (or --title "…") creates its programme.`,
    )
  }

  private async into(programme: ProgrammeRecord | ProgrammeEntry, page: ParsedPage): Promise<Imported> {
    const body = richTextFromParagraphs(page.paragraphs)
    if ('key' in programme) {
      // The seed's programmes: written from the gazetteer, with the offices it lists.
      await this.refs.programme(programme.key, body)
      for (const key of programme.officeKeys)
        this.links.link('offices', 'offices', [await this.links.gazetteerOffice(key)])
      const own = this.refs.written.find((w) => w.collection === 'health-programmes' && w.title === programme.title.fr)
      return { outcome: own?.outcome ?? 'unchanged', title: programme.title.fr }
    }
    const stored = await this.payload.findByID({
      collection: 'health-programmes',
      id: programme.id,
      req: this.req,
      depth: 0,
      overrideAccess: true,
      select: { offices: true, status: true },
    })
    const storedIds = (stored.offices ?? []).map((office) => (typeof office === 'object' ? office.id : office))
    const offices = [...new Set([...storedIds, ...(await this.officesOf(page))])]
    const result = await upsert(this.payload, this.req, {
      collection: 'health-programmes',
      slug: programme.slug,
      sourceLocale: 'fr',
      data: { title: programme.title, status: stored.status, body, offices },
    })
    return { outcome: result.outcome, title: programme.title }
  }

  private async create(title: string, page: ParsedPage): Promise<Imported> {
    const shortName = shortNameOf(title)
    const result = await upsert(this.payload, this.req, {
      collection: 'health-programmes',
      slug: slugify(title),
      sourceLocale: 'fr',
      data: {
        title,
        aliases: shortName ? [shortName] : [],
        summary: summaryOf(page.paragraphs),
        body: richTextFromParagraphs(page.paragraphs),
        status: 'active',
        offices: await this.officesOf(page),
        _status: 'published',
      },
    })
    return { outcome: result.outcome, title }
  }

  private async officesOf(page: ParsedPage): Promise<Office['id'][]> {
    return this.links.link('offices', 'offices', await this.links.offices(pageMentionText(page)))
  }
}
