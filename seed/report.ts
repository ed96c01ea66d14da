import type { ImportReport } from './importPage'

const symbol: Record<ImportReport['outcome'], string> = { created: '+', updated: '~', unchanged: '=', refused: '✗' }

/** One line per page for the terminal: what happened, to what, and why when refused. */
export function formatReportLine(report: ImportReport, index: number, total: number): string {
  const what = report.kind === 'programme' ? 'programme' : report.kind === 'press-release' ? 'press release' : 'page'
  const head = `[${index + 1}/${total}] ${symbol[report.outcome]} ${report.file}: ${report.outcome} ${what}${report.title ? ` “${report.title}”` : ''}`
  const related = report.related.length
    ? `\n        also ${report.related.map((r) => `${r.outcome} ${r.collection} “${r.title}”`).join(', ')}`
    : ''
  const reason = report.reason ? `\n        ${report.outcome === 'refused' ? 'reason' : 'note'}: ${report.reason}` : ''
  return head + reason + related
}

export function summarise(reports: ImportReport[]): string {
  const count = (o: ImportReport['outcome']) => reports.filter((r) => r.outcome === o).length
  return `${reports.length} file(s): ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('refused')} refused`
}
