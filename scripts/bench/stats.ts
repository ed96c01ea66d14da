/**
 * The benchmarks' arithmetic and presentation, kept pure so that it is unit-tested
 * (tests/unit/benchStats.test.ts): how many documents of each kind, percentiles, growth, the table.
 */

/** Documents generated for a given N: N press releases, N/2 events, N/20 offices. */
export function split(n: number): { 'press-releases': number; events: number; offices: number } {
  return { 'press-releases': n, events: Math.round(n / 2), offices: Math.max(1, Math.round(n / 20)) }
}

/** The p-th percentile (0–100) of `values`, by nearest rank; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length)
  return sorted[Math.max(0, rank - 1)]
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** How much `to` is of `from` (1.2 = 20 % more); NaN when `from` is not a positive number. */
export function growthRatio(from: number, to: number): number {
  return from > 0 && Number.isFinite(from) && Number.isFinite(to) ? to / from : Number.NaN
}

/** Growth in percent from the first to the last value (memory during a soak run). */
export function growthPercent(first: number, last: number): number {
  const ratio = growthRatio(first, last)
  return Number.isNaN(ratio) ? Number.NaN : (ratio - 1) * 100
}

export type Cell = string | number | null | undefined

function show(cell: Cell): string {
  if (cell === null || cell === undefined || (typeof cell === 'number' && Number.isNaN(cell))) return '–'
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? String(cell) : cell >= 100 ? cell.toFixed(0) : cell.toFixed(1)
  return cell
}

/** A plain-text table: a header, a rule, rows; numbers right-aligned, text left-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => header.map((_, i) => show(row[i])))
  const widths = header.map((h, i) => Math.max(h.length, ...text.map((row) => row[i].length)))
  const numeric = header.map(
    (_, i) =>
      rows.length > 0 && rows.every((row) => typeof row[i] === 'number' || row[i] === null || row[i] === undefined),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...text.map(line)].join('\n')
}

/**
 * Growth in percent over a series (memory each minute of a soak run) by its least-squares line:
 * the line's rise from the first sample to the last, relative to the line's start. One end-versus-start
 * pair swings with the garbage collector's sawtooth (±20 % seen here); a trend does not.
 */
export function trendGrowthPercent(samples: readonly number[]): number {
  const n = samples.length
  if (n < 2 || samples.some((s) => !Number.isFinite(s))) return Number.NaN
  const meanX = (n - 1) / 2
  const meanY = samples.reduce((a, b) => a + b, 0) / n
  let covariance = 0
  let variance = 0
  samples.forEach((y, x) => {
    covariance += (x - meanX) * (y - meanY)
    variance += (x - meanX) ** 2
  })
  const slope = covariance / variance
  const start = meanY - slope * meanX
  return start > 0 ? ((slope * (n - 1)) / start) * 100 : Number.NaN
}
