import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const seedPagesDir = path.join(process.cwd(), 'seed/pages')

/** The text of the seed page whose file name starts with `prefix_` (e.g. "002"). */
export function readSeedPage(prefix: string): string {
  const file = readdirSync(seedPagesDir).find((name) => name.startsWith(`${prefix}_`) && name.endsWith('.txt'))
  if (!file) throw new Error(`No seed page ${prefix}_*.txt in ${seedPagesDir}`)
  return readFileSync(path.join(seedPagesDir, file), 'utf8')
}
