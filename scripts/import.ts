/**
 * `npm run import -- [--date YYYY-MM-DD] [--programme KEY] FILE…` — imports pages of the seed format,
 * one transaction per file, with a progress line and a report per file. Exits 1 when any was refused.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import config from '@payload-config'
import { getPayload } from 'payload'

import { importSeedPage, type ImportReport } from '../seed/importPage'
import { formatReportLine, summarise } from '../seed/report'

const usage = 'Usage: npm run import -- [--date YYYY-MM-DD] [--programme KEY] FILE…'

let parsed: ReturnType<typeof parseArgs<{ options: { date: { type: 'string' }; programme: { type: 'string' }; help: { type: 'boolean' } }; allowPositionals: true }>>
try {
  parsed = parseArgs({ options: { date: { type: 'string' }, programme: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true })
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`)
  process.exit(2)
}
const files = parsed.positionals
if (parsed.values.help || files.length === 0) {
  console.error(usage)
  process.exit(parsed.values.help ? 0 : 2)
}

const payload = await getPayload({ config })
const reports: ImportReport[] = []
for (const [index, file] of files.entries()) {
  let report: ImportReport
  try {
    const text = await readFile(file, 'utf8')
    report = await importSeedPage(payload, text, { file: path.basename(file), publishedDate: parsed.values.date, programme: parsed.values.programme })
  } catch (error) {
    report = { file: path.basename(file), outcome: 'refused', reason: `cannot read the file: ${(error as Error).message}`, related: [] }
  }
  reports.push(report)
  console.log(formatReportLine(report, index, files.length))
}
console.log(summarise(reports))
await payload.destroy()
process.exit(reports.some((r) => r.outcome === 'refused') ? 1 : 0)
