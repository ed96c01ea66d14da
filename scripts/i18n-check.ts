/**
 * `npm run i18n:check` — lists interface strings missing in any locale and French texts of the
 * seeded frame (menu, the navigation's pages, site settings: seed/frameText.ts) that a language
 * lacks (exit code 1 for either), and strings no code uses (a warning). Translators edit
 * `locales/<code>/*.json` and seed/frameText.ts; this says what is left.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { checkKeys, formatKeyReport } from '../lib/i18n/checkKeys'
import { localeCodes } from '../lib/i18n/locales'
import { frameTranslationGaps } from '../seed/frameText'
import { parseSeedPage } from '../seed/parser'
import { parseJobArgs } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

parseJobArgs(
  { options: {} },
  `Usage: npm run i18n:check
  Lists interface strings and seeded frame texts missing in a language (exit 1) and keys no code uses.`,
)

/** The navigation block as the seed loads it: from the first seed page (seed/seedAll.ts). */
function seededNavigation() {
  const folder = path.resolve('seed/pages')
  const first = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()[0]
  return parseSeedPage(readFileSync(path.join(folder, first), 'utf8')).navigation
}

runScript(async () => {
  const report = checkKeys(process.cwd(), localeCodes)
  console.log(formatKeyReport(report))
  const frameGaps = frameTranslationGaps(seededNavigation())
  console.log(
    frameGaps.length === 0
      ? 'Seeded frame: every menu label, page title and intro is in every language.'
      : `Seeded frame texts missing a language (seed/frameText.ts, offices: seed/gazetteer.ts):\n${frameGaps.map((g) => `  ${g}`).join('\n')}`,
  )
  return Object.keys(report.missing).length > 0 || frameGaps.length > 0 ? 1 : 0
})
