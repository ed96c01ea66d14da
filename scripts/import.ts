/**
 * `npm run import -- [options] FILE…` — imports pages of the seed format, one transaction per file,
 * with a progress line and a report per file. Exits 1 when any was refused, 2 on a bad command line.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { importSeedPage, type ImportReport } from '../seed/importPage'
import { formatReportLine, summarise } from '../seed/report'
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

const options = {
  date: { type: 'string' },
  programme: { type: 'string' },
  title: { type: 'string' },
  'create-offices': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  report: { type: 'string' },
  help: { type: 'boolean' },
} as const

class UsageError extends Error {}

/** The command line, checked: a wrong one throws UsageError with one line saying why. */
function readCommandLine() {
  let parsed
  try {
    parsed = parseArgs({ options, allowPositionals: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals: files } = parsed
  if (values.help) return { help: true as const }
  if (files.length === 0) throw new UsageError('Give at least one FILE to import.')
  if (values.date !== undefined && (!/^\d{4}-\d{2}-\d{2}/.test(values.date) || Number.isNaN(Date.parse(values.date))))
    throw new UsageError(`--date "${values.date}" is not a date: give it as YYYY-MM-DD.`)
  if (values.title !== undefined && (files.length > 1 || values.title.trim() === ''))
    throw new UsageError('--title names one programme: give a non-empty title and one FILE.')
  if (values.report !== undefined && !values.report.endsWith('.json'))
    throw new UsageError(`--report "${values.report}": the report is JSON, give a FILE.json.`)
  return { help: false as const, files, values }
}

runScript(async () => {
  let commandLine: ReturnType<typeof readCommandLine>
  try {
    commandLine = readCommandLine()
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`${error.message}\n\n${usage}`)
    return 2
  }
  if (commandLine.help) {
    console.log(usage)
    return 0
  }
  const { files, values } = commandLine
  const dryRun = values['dry-run'] ?? false

  const { default: config } = await import('@payload-config')
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
