/**
 * `npm run import -- [--date YYYY-MM-DD] [--programme KEY] FILE…` — imports pages of the seed format,
 * one transaction per file, with a progress line and a report per file. Exits 1 when any was refused.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { importSeedPage, type ImportReport } from '../seed/importPage'
import { formatReportLine, summarise } from '../seed/report'
import { runScript } from './lib/runScript'

const usage = 'Usage: npm run import -- [--date YYYY-MM-DD] [--programme KEY] FILE…'

function readArguments() {
  return parseArgs({
    options: { date: { type: 'string' }, programme: { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
  })
}

runScript(async () => {
  let parsed: ReturnType<typeof readArguments>
  try {
    parsed = readArguments()
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`)
    return 2
  }
  const files = parsed.positionals
  if (parsed.values.help || files.length === 0) {
    console.error(usage)
    return parsed.values.help ? 0 : 2
  }

  const { default: config } = await import('@payload-config')
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
