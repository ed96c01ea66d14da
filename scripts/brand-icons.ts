/**
 * Draws the site's icon files from the organisation's mark (lib/brand/mark.ts): app/icon.svg,
 * app/favicon.ico (16, 32 and 48 px PNGs in one ICO) and app/apple-icon.png (180 px, full bleed).
 * Next serves them as /icon.svg, /favicon.ico and /apple-icon.png and links them from every page.
 * Run after changing the mark: `npm run brand:icons`; the files are committed.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { markSvg } from '../lib/brand/mark'

const usage = 'Usage: npm run brand:icons   (writes app/icon.svg, app/favicon.ico, app/apple-icon.png)'
const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage)
  process.exit(0)
}
if (args.length > 0) {
  console.error(`Unknown option '${args[0]}'\n${usage}`)
  process.exit(2)
}

const appDir = path.resolve(process.cwd(), 'app')

async function png(svg: string, size: number): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: Math.max(72, (72 * size) / 64) * 2 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: size <= 48 })
    .toBuffer()
}

/** An ICO file holding PNG images (read by every browser since 2010, and by Windows). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1: icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0)
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)])
}

const svg = markSvg()
const favicon = ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(svg, size) }))))
const apple = await png(markSvg({ fullBleed: true }), 180)
await writeFile(path.join(appDir, 'icon.svg'), svg)
await writeFile(path.join(appDir, 'favicon.ico'), favicon)
await writeFile(path.join(appDir, 'apple-icon.png'), apple)
console.log(
  `app/icon.svg ${Buffer.byteLength(svg)} B, app/favicon.ico ${favicon.length} B, app/apple-icon.png ${apple.length} B`,
)
