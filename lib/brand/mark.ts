/**
 * The organisation's mark: a footbridge (a "passerelle") over water, under a rising sun — an original
 * drawing for this fictional organisation. One source for the site header, the admin's logo and icon,
 * and the favicon files (scripts/brand-icons.ts draws them from it).
 */

/** The identity's colours; site.css and the admin's stylesheet declare the same values as custom properties. */
export const brandColours = {
  blue: '#0033a0',
  blueDark: '#00205f',
  sun: '#ffbf47',
  water: '#8fb3ff',
  white: '#ffffff',
} as const

const MARK_VIEWBOX = '0 0 64 64'

/** The drawing inside the mark's 64 × 64 box, without the square behind it. */
const drawing = [
  `<circle cx="32" cy="14" r="5.5" fill="${brandColours.sun}"/>`,
  // The arch, its hangers and the deck: the bridge.
  `<path d="M8 44C20 20 44 20 56 44" fill="none" stroke="${brandColours.white}" stroke-width="5" stroke-linecap="round"/>`,
  `<path d="M20 30v14M32 26v18M44 30v14" stroke="${brandColours.white}" stroke-width="3"/>`,
  `<path d="M5 44h54" stroke="${brandColours.white}" stroke-width="4.5" stroke-linecap="round"/>`,
  `<path d="M13 53.5q4.75-3 9.5 0t9.5 0 9.5 0 9.5 0" fill="none" stroke="${brandColours.water}" stroke-width="3" stroke-linecap="round"/>`,
].join('')

const square = (radius: number) => `<rect width="64" height="64" rx="${radius}" fill="${brandColours.blue}"/>`

/** The mark's inner SVG markup (a trusted constant): the rounded blue square, then the drawing. */
export const markMarkup = `${square(14)}${drawing}`

/**
 * The mark as a standalone SVG document (icon.svg, and the source of the PNG and ICO files).
 * `fullBleed`: a square without rounded corners, for the home-screen icon that the phone rounds itself.
 */
export function markSvg({ fullBleed = false }: { fullBleed?: boolean } = {}): string {
  const inner = fullBleed ? `${square(0)}${drawing}` : markMarkup
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEWBOX}">${inner}</svg>\n`
}

export const markViewBox = MARK_VIEWBOX
