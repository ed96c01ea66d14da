/**
 * `npm run import -- [options] FILE…` — imports pages of the seed format, one transaction per file,
 * with a progress line and a report per file. Exits 1 when any was refused, 2 on a bad command line.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { ImportReport } from '../seed/importPage'
import { formatReportLine, summarise } from '../seed/report'
import { parseJobArgs } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

const usage = `Usage: npm run import -- [--date YYYY-MM-DD] [--programme KEY] [--title "…"] [--create-offices] [--dry-run] [--report FILE.json] FILE…

Imports pages in the seed format: a press release (title line, then a dateline paragraph "Genève - …"),
or a programme page (a title line, then paragraphs). One transaction per file: a refused file writes nothing.

  --date YYYY-MM-DD    publication date of the press releases (default: the date of the event they announce, else today)
  --programme KEY      import a programme text into this programme: its key or slug, or its title
  --title "…"          the programme a programme page creates or updates, instead of its title line (one FILE only)
  --create-offices     create the offices a page names that the database lacks, as drafts for an editor to complete
                       (without it they are reported as unresolved and not linked)
  --dry-run            report what would be created, updated and linked, and write nothing
  --report FILE.json   also write the report of every file to FILE.json
  --help               print this help`

const { values, positionals: files } = parseJobArgs(
  {
    options: {
      date: { type: 'string' },
      programme: { type: 'string' },
      title: { type: 'string' },
      'create-offices': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      report: { type: 'string' },
    },
    allowPositionals: true,
  },
  usage,
  ({ values, positionals }) => {
    if (positionals.length === 0) return 'Give at least one FILE to import.'
    if (values.date !== undefined && (!/^\d{4}-\d{2}-\d{2}/.test(values.date) || Number.isNaN(Date.parse(values.date))))
      return `--date "${values.date}" is not a date: give it as YYYY-MM-DD.`
    if (values.title !== undefined && (positionals.length > 1 || values.title.trim() === ''))
      return '--title names one programme: give a non-empty title and one FILE.'
    if (values.report !== undefined && !values.report.endsWith('.json'))
      return `--report "${values.report}": the report is JSON, give a FILE.json.`
    return undefined
  },
)

runScript(async () => {
  const dryRun = values['dry-run'] ?? false

  // Loaded after the options are read: `--help` and mistakes answer at once.
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { importSeedPage } = await import('../seed/importPage')
  const payload = await getPayload({ config })
  const reports: ImportReport[] = []
  for (const [index, file] of files.entries()) {
    let report: ImportReport
    try {
      const text = await readFile(file, 'utf8')
      report = await importSeedPage(payload, text, {
        file: path.basename(file),
        publishedDate: values.date,
        programme: values.programme,
        title: values.title,
        createOffices: values['create-offices'] ?? false,
        dryRun,
      })
    } catch (error) {
      report = {
        file: path.basename(file),
        outcome: 'refused',
        reason: `cannot read the file: ${(error as Error).message}`,
        related: [],
        links: [],
        unresolved: [],
        ...(dryRun ? { dryRun } : {}),
      }
    }
    reports.push(report)
    console.log(formatReportLine(report, index, files.length))
  }
  console.log(summarise(reports))
  await payload.destroy()
  const refused = reports.some((r) => r.outcome === 'refused')
  if (values.report) {
    try {
      await writeFile(values.report, `${JSON.stringify({ dryRun, files: reports }, null, 2)}\n`)
      console.log(`Report written to ${values.report}`)
    } catch (error) {
      console.error(`The report was not written: ${(error as Error).message}`)
      return 1
    }
  }
  return refused ? 1 : 0
})
