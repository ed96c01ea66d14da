import { labelOf, officeKinds } from '../lib/reference/taxonomy'
import type { ImportReport } from './importPage'

const symbol: Record<ImportReport['outcome'], string> = { created: '+', updated: '~', unchanged: '=', refused: '✗' }

/** "created", or in a dry run "would be created". */
const done = (outcome: string, dryRun: boolean | undefined) =>
  dryRun && outcome !== 'unchanged' && outcome !== 'refused' ? `would be ${outcome}` : outcome

/** One entry per page for the terminal: what happened, to what, why when refused, what it links to and what it could not. */
export function formatReportLine(report: ImportReport, index: number, total: number): string {
  const what = report.kind === 'programme' ? 'programme' : report.kind === 'press-release' ? 'press release' : 'page'
  const lines = [
    `[${index + 1}/${total}] ${symbol[report.outcome]} ${report.file}: ${done(report.outcome, report.dryRun)} ${what}${report.title ? ` “${report.title}”` : ''}`,
  ]
  if (report.reason) lines.push(`${report.outcome === 'refused' ? 'reason' : 'note'}: ${report.reason}`)
  if (report.related.length)
    lines.push(
      `also ${report.related.map((r) => `${done(r.outcome, report.dryRun)} ${r.collection} “${r.title}”${r.draft ? ' (draft)' : ''}`).join(', ')}`,
    )
  const linked = [...new Set(report.links.map((l) => `${l.field} → “${l.title}”${l.draft ? ' (draft)' : ''}`))]
  if (linked.length) lines.push(`${report.dryRun ? 'would link' : 'links'}: ${linked.join(', ')}`)
  for (const mention of report.unresolved) {
    const place = [mention.city, mention.country].filter(Boolean).join(', ')
    const kind = labelOf(officeKinds, mention.kind, 'en').toLowerCase()
    lines.push(
      `unresolved: “${mention.text}” (${kind}${place ? `, ${place}` : ''}) is in no office of the database; ${
        mention.createdAsDraft
          ? `${report.dryRun ? 'would be created' : 'created'} as a draft office`
          : 'not linked (--create-offices creates it as a draft)'
      }`,
    )
  }
  return lines.join('\n        ')
}

export function summarise(reports: ImportReport[]): string {
  const count = (o: ImportReport['outcome']) => reports.filter((r) => r.outcome === o).length
  const line = `${reports.length} file(s): ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('refused')} refused`
  return reports.some((r) => r.dryRun) ? `Dry run, nothing written. If imported, ${line}` : line
}
