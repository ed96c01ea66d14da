import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { importSeedPage, type ImportReport } from './importPage'
import { seedIllustrations } from './illustrations'
import { parseSeedPage } from './parser'
import { seedSiteStructure } from './siteStructure'
import type { Written } from './references'
import { seedDemoUsers } from './users'

export const SEED_PAGES_DIR = path.resolve(process.cwd(), 'seed/pages')

/** Publication dates of the seed releases (the pages themselves print none). */
const seedPublicationDates: Record<string, string> = {
  '002_98e9420aea1512b1.txt': '2019-11-26T10:00:00+01:00',
  '003_327da63268116edb.txt': '2015-09-25T12:00:00-03:00',
  '004_220a3f0255fb311e.txt': '2019-11-01T12:00:00+03:00',
}

export interface SeedResult {
  pages: ImportReport[]
  structure: Written[]
  /** The illustrations uploaded (file names): none on a second run. */
  illustrations: string[]
  users: string[]
}

/** Loads the seed pages, the site's frame, the pictures of the demo content and the demo users. Idempotent: a second run writes nothing. */
export async function seedAll(
  payload: Payload,
  {
    withDemoUsers = true,
    withIllustrations = true,
    onPage,
  }: {
    withDemoUsers?: boolean
    /** The pictures cost most of the seed's time (sharp); tests that do not look at them leave them out. */
    withIllustrations?: boolean
    onPage?: (report: ImportReport, index: number, total: number) => void
  } = {},
): Promise<SeedResult> {
  const files = (await readdir(SEED_PAGES_DIR)).filter((f) => f.endsWith('.txt')).sort()
  const pages: ImportReport[] = []
  for (const [index, file] of files.entries()) {
    const text = await readFile(path.join(SEED_PAGES_DIR, file), 'utf8')
    const report = await importSeedPage(payload, text, { file, publishedDate: seedPublicationDates[file] })
    pages.push(report)
    onPage?.(report, index, files.length)
  }
  const first = await readFile(path.join(SEED_PAGES_DIR, files[0]), 'utf8')
  const structure = await seedSiteStructure(payload, parseSeedPage(first).navigation)
  const illustrations = withIllustrations ? await seedIllustrations(payload) : []
  const users = withDemoUsers ? await seedDemoUsers(payload) : []
  return { pages, structure, illustrations, users }
}
