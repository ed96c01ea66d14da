/**
 * The benchmarks' arithmetic and presentation, kept pure so that it is unit-tested
 * (tests/unit/benchStats.test.ts): how many documents of each kind, percentiles, growth, the table.
 */

/** Documents generated for a given N: N press releases, N/2 events, N/20 offices. */
export function split(n: number): { 'press-releases': number; events: number; offices: number } {
  return { 'press-releases': n, events: Math.round(n / 2), offices: Math.max(1, Math.round(n / 20)) }
}
