/**
 * `npm run translations:import -- FILE.xlf` — applies a translated XLIFF 2.0 file, all units or
 * none, and lists each refused unit with its reason (exit code 1 when anything is refused).
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'

import config from '@payload-config'
import { getPayload } from 'payload'

import { flushRememberedExpiry } from '../lib/content/siteCache'
import { importTranslations } from '../translation/importTranslations'

const { positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true })
const file = positionals[0]
if (!file || positionals.length > 1) {
  console.error('Give one XLIFF file: npm run translations:import -- translations/passerelle-fr-to-es.xlf')
  process.exit(2)
}

const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
  console.error(`Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)
  process.exit(2)
})

const payload = await getPayload({ config })
const started = performance.now()
const report = await importTranslations(payload, text)
const ms = Math.round(performance.now() - started)
if (report.error) console.error(`${file} refused: ${report.error}`)
for (const { unit, reason } of report.refused) console.error(`refused ${unit}: ${reason}`)
if (report.ok)
  console.log(
    `${file}: ${report.applied} unit(s) written into ${report.documents} document(s) (${report.targetLocale}) in ${ms} ms.`,
  )
else if (!report.error) console.error(`${file}: ${report.refused.length} unit(s) refused; nothing was written.`)
if (report.skipped.length > 0)
  console.log(`${report.skipped.length} unit(s) left untranslated in the file were skipped.`)
await payload.destroy()
// The running site shows the translation from its next request.
await flushRememberedExpiry()
process.exit(report.ok ? 0 : 1)
