/**
 * Which page numbers a list's pagination links: the first and last pages, and a few around the
 * current one, with gaps between — so a list of 10,000 pages costs a dozen links, not 10,000.
 */
export type PageLink = number | 'gap'

export function pageWindow(page: number, totalPages: number, around = 2): PageLink[] {
  const current = Math.min(Math.max(1, page), Math.max(1, totalPages))
  const shown = new Set([1, totalPages])
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= totalPages) shown.add(p)
  const sorted = [...shown].filter((p) => p >= 1).sort((a, b) => a - b)
  const links: PageLink[] = []
  for (const [i, p] of sorted.entries()) {
    const previous = sorted[i - 1]
    // A gap of one page shows that page rather than an ellipsis standing for it.
    if (previous !== undefined && p - previous === 2) links.push(previous + 1)
    else if (previous !== undefined && p - previous > 2) links.push('gap')
    links.push(p)
  }
  return links
}
