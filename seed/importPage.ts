/**
 * One seed page into Payload, all or nothing: a press release (with the offices, events and
 * programmes it names) or a programme page. Every write of a page shares one transaction, so a
 * refused page leaves the database as it was, and a dry run is the real import rolled back: it
 * reports exactly what the import would create, update and link, and writes nothing.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { describeError } from '../lib/text/describeError'
import { forgetRememberedExpiry } from '../lib/content/siteCache'
import { loadDirectory } from './directory'
import { importPressRelease } from './importPressRelease'
import { ProgrammeImport } from './importProgramme'
import { PageLinks, type Link, type UnresolvedMention } from './pageLinks'
import { parseSeedPage, type ParsedPage } from './parser'
import { References, type Written } from './references'
import type { UpsertOutcome } from './upsert'

export { summaryOf } from './importPressRelease'

export interface ImportOptions {
  /** Name shown in the report. */
  file: string
  /** Publication date of a press release (ISO date or date-time). */
  publishedDate?: string
  /** Import a text page as the body of this programme (gazetteer key, or a programme's slug, title or alias). */
  programme?: string
  /** The title of the programme a text page creates or updates, instead of its title line. */
  title?: string
  /** Create the offices the page names that the database lacks, as drafts (otherwise they are reported). */
  createOffices?: boolean
  /** Do everything, report it, and roll it back. */
  dryRun?: boolean
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
  /** What the imported document links to. */
  links: Link[]
  /** Offices the page names that the database does not hold (created as drafts with --create-offices). */
  unresolved: UnresolvedMention[]
  /** Nothing was written: the outcomes say what an import would do. */
  dryRun?: boolean
}

function refused(options: ImportOptions, reason: string, page?: ParsedPage): ImportReport {
  return {
    file: options.file,
    outcome: 'refused',
    ...(page ? { kind: page.kind === 'press-release' ? 'press-release' : 'programme', title: page.title } : {}),
    reason,
    related: [],
    links: [],
    unresolved: [],
    ...(options.dryRun ? { dryRun: true } : {}),
  }
}

export async function importSeedPage(payload: Payload, text: string, options: ImportOptions): Promise<ImportReport> {
  let page: ParsedPage
  try {
    page = parseSeedPage(text)
  } catch (error) {
    return refused(options, (error as Error).message)
  }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  if (options.dryRun && !req.transactionID) {
    await killTransaction(req)
    return refused(
      options,
      'a dry run needs a database with transactions (SQLite, or MongoDB as a replica set); this one has none, so nothing was tried',
      page,
    )
  }
  const refs = new References(payload, req)
  try {
    const directory = await loadDirectory(payload, req)
    const links = new PageLinks(refs, directory, options.createOffices ?? false)
    const done: { outcome: UpsertOutcome; title: string; warning?: string } =
      page.kind === 'press-release'
        ? await importPressRelease(payload, req, links, directory, page, options)
        : await new ProgrammeImport(payload, req, refs, links, directory).run(page, options)
    if (options.dryRun) {
      await killTransaction(req)
      forgetRememberedExpiry()
    } else await commitTransaction(req)
    return {
      file: options.file,
      outcome: done.outcome,
      kind: page.kind === 'press-release' ? 'press-release' : 'programme',
      title: done.title,
      ...(done.warning ? { reason: done.warning } : {}),
      related: refs.written.filter((w) => w.title !== done.title),
      links: links.links,
      unresolved: links.unresolved,
      ...(options.dryRun ? { dryRun: true } : {}),
    }
  } catch (error) {
    await killTransaction(req)
    if (options.dryRun) forgetRememberedExpiry()
    return refused(options, describeError(error), page)
  }
}
