/**
 * `npm run i18n:check` — lists interface strings missing in any locale (exit code 1) and strings
 * no code uses (a warning). Translators edit `locales/<code>/*.json`; this says what is left.
 */
import { checkKeys, formatKeyReport } from '../lib/i18n/checkKeys'
import { localeCodes } from '../lib/i18n/locales'
import { parseJobArgs } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

parseJobArgs(
  { options: {} },
  `Usage: npm run i18n:check
  Lists interface strings missing in a language (exit 1) and keys no code uses.`,
)

runScript(async () => {
  const report = checkKeys(process.cwd(), localeCodes)
  console.log(formatKeyReport(report))
  return Object.keys(report.missing).length > 0 ? 1 : 0
})
