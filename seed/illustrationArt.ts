/**
 * The demo content's pictures: abstract illustrations drawn here as SVG (no photographs could be
 * shipped: nothing openly licensed was at hand), rasterised by sharp when the seed runs. Each says it is
 * an illustration in its alternative text. 1600 × 900, the site's widest image size.
 */

export const ILLUSTRATION_WIDTH = 1600
export const ILLUSTRATION_HEIGHT = 900

const frame = (defs: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${ILLUSTRATION_WIDTH} ${ILLUSTRATION_HEIGHT}"><defs>${defs}</defs>${body}</svg>`

const sky = (id: string, top: string, bottom: string) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`

/** A council chamber seen from above: rows of seats in a half circle around a speaker's desk. */
function councilChamber(): string {
  const seats: string[] = []
  const cx = 800
  const cy = 820
  for (let row = 0; row < 6; row++) {
    const radius = 260 + row * 90
    const count = 14 + row * 5
    for (let i = 0; i <= count; i++) {
      const angle = Math.PI + (Math.PI * i) / count
      const x = cx + radius * Math.cos(angle)
      const y = cy + radius * Math.sin(angle) * 0.78
      const fill = (i + row) % 7 === 0 ? '#ffbf47' : row % 2 ? '#8fb3ff' : '#d9e4ff'
      seats.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${16 + row}" fill="${fill}"/>`)
    }
  }
  return frame(
    sky('s', '#00205f', '#0033a0'),
    `<rect width="1600" height="900" fill="url(#s)"/>${seats.join('')}<rect x="700" y="760" width="200" height="60" rx="14" fill="#ffffff"/>`,
  )
}

/** Two countries' outlines meeting: two overlapping shapes, a path between them. */
function twoCountries(): string {
  return frame(
    sky('s', '#e8eef9', '#b9cdf5'),
    `<rect width="1600" height="900" fill="url(#s)"/>` +
      `<path d="M180 700C160 520 260 320 420 260 560 210 700 300 760 420 820 560 760 720 620 780 460 840 200 840 180 700Z" fill="#0033a0" opacity=".9"/>` +
      `<path d="M840 380C900 240 1080 170 1240 220 1400 270 1460 420 1420 560 1380 700 1220 790 1060 770 900 750 790 560 840 380Z" fill="#00205f" opacity=".9"/>` +
      `<path d="M560 520C700 430 880 430 1060 500" fill="none" stroke="#ffbf47" stroke-width="22" stroke-linecap="round" stroke-dasharray="2 52"/>` +
      `<circle cx="540" cy="530" r="34" fill="#ffbf47"/><circle cx="1080" cy="505" r="34" fill="#ffbf47"/>` +
      `<path d="M1080 470v70M1045 505h70" stroke="#00205f" stroke-width="14" stroke-linecap="round"/>`,
  )
}

/** A road across hills towards a rising sun: reaching people in crises. */
function roadToHorizon(): string {
  return frame(
    sky('s', '#ffd98a', '#f6efe1'),
    `<rect width="1600" height="900" fill="url(#s)"/>` +
      `<circle cx="1120" cy="380" r="120" fill="#ffbf47"/>` +
      `<path d="M0 520C260 440 520 470 800 430 1080 390 1340 430 1600 400V900H0Z" fill="#8fb3ff"/>` +
      `<path d="M0 640C300 560 600 610 900 560 1200 510 1400 560 1600 530V900H0Z" fill="#3d63c9"/>` +
      `<path d="M0 760C320 700 640 740 960 700 1240 665 1440 700 1600 690V900H0Z" fill="#0033a0"/>` +
      `<path d="M560 900C700 760 880 620 1080 470" fill="none" stroke="#f6efe1" stroke-width="70" stroke-linecap="round"/>` +
      `<path d="M560 900C700 760 880 620 1080 470" fill="none" stroke="#00205f" stroke-width="8" stroke-dasharray="40 36"/>`,
  )
}

/** Offices linked across regions: a network of points and lines over a faint globe. */
function officeNetwork(): string {
  const points = [
    [260, 300],
    [520, 200],
    [430, 520],
    [760, 380],
    [980, 240],
    [1040, 600],
    [1300, 360],
    [1360, 700],
    [700, 720],
  ]
  const links = [
    [0, 1],
    [0, 2],
    [1, 3],
    [2, 3],
    [3, 4],
    [3, 5],
    [4, 6],
    [5, 6],
    [5, 7],
    [2, 8],
    [8, 5],
    [6, 7],
  ]
  const lines = links
    .map(([a, b]) => `<line x1="${points[a][0]}" y1="${points[a][1]}" x2="${points[b][0]}" y2="${points[b][1]}"/>`)
    .join('')
  const dots = points
    .map(
      ([x, y], i) => `<circle cx="${x}" cy="${y}" r="${i === 3 ? 40 : 24}" fill="${i === 3 ? '#ffbf47' : '#ffffff'}"/>`,
    )
    .join('')
  return frame(
    sky('s', '#0033a0', '#00205f'),
    `<rect width="1600" height="900" fill="url(#s)"/>` +
      `<g fill="none" stroke="#8fb3ff" stroke-opacity=".35" stroke-width="3"><circle cx="800" cy="450" r="400"/><ellipse cx="800" cy="450" rx="160" ry="400"/><ellipse cx="800" cy="450" rx="400" ry="140"/></g>` +
      `<g stroke="#8fb3ff" stroke-width="6">${lines}</g>${dots}`,
  )
}

/** A ribbon loop over an open hand: care and prevention. */
function ribbonOfCare(): string {
  return frame(
    sky('s', '#f5f7fa', '#dde6f7'),
    `<rect width="1600" height="900" fill="url(#s)"/>` +
      `<path d="M420 760C560 690 700 680 820 700L1180 700C1240 700 1240 780 1180 780L860 780" fill="none" stroke="#0033a0" stroke-width="48" stroke-linecap="round" stroke-linejoin="round"/>` +
      `<path d="M800 620C690 480 640 360 720 280 780 220 860 250 860 330 860 420 760 520 700 640M800 620C880 500 960 420 900 330" fill="none" stroke="#c8102e" stroke-width="54" stroke-linecap="round" stroke-linejoin="round"/>` +
      `<circle cx="1220" cy="230" r="70" fill="#ffbf47"/>`,
  )
}

export const illustrationArt = {
  'council-chamber': councilChamber,
  'two-countries': twoCountries,
  'road-to-horizon': roadToHorizon,
  'office-network': officeNetwork,
  'ribbon-of-care': ribbonOfCare,
} as const

export type IllustrationKey = keyof typeof illustrationArt
