/**
 * `npm run i18n:check` — lists interface strings missing in any locale (exit code 1) and strings
 * no code uses (a warning). Translators edit `locales/<code>/*.json`; this says what is left.
 */
import { checkKeys, formatKeyReport } from '../lib/i18n/checkKeys'
import { localeCodes } from '../lib/i18n/locales'

const report = checkKeys(process.cwd(), localeCodes)
console.log(formatKeyReport(report))
process.exit(Object.keys(report.missing).length > 0 ? 1 : 0)
