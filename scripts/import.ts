/**
 * `npm run import -- [--date YYYY-MM-DD] [--programme KEY] FILE…` — imports pages of the seed format,
 * one transaction per file, with a progress line and a report per file. Exits 1 when any was refused.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { ImportReport } from '../seed/importPage'
import { formatReportLine, summarise } from '../seed/report'
import { parseJobArgs } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

const usage = 'Usage: npm run import -- [--date YYYY-MM-DD] [--programme KEY] FILE…'

const parsed = parseJobArgs(
  { options: { date: { type: 'string' }, programme: { type: 'string' } }, allowPositionals: true },
  usage,
  ({ positionals }) => (positionals.length === 0 ? 'Give at least one FILE.' : undefined),
)

runScript(async () => {
  const files = parsed.positionals

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
        publishedDate: parsed.values.date,
        programme: parsed.values.programme,
      })
    } catch (error) {
      report = {
        file: path.basename(file),
        outcome: 'refused',
        reason: `cannot read the file: ${(error as Error).message}`,
        related: [],
      }
    }
    reports.push(report)
    console.log(formatReportLine(report, index, files.length))
  }
  console.log(summarise(reports))
  await payload.destroy()
  return reports.some((r) => r.outcome === 'refused') ? 1 : 0
})
