/**
 * `npm run translations:import -- FILE.xlf` — applies a translated XLIFF 2.0 file, all units or
 * none, and lists each refused unit with its reason (exit code 1 when anything is refused).
 */
import { readFile } from 'node:fs/promises'

import { parseJobArgs, usageError } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

const usage = `Usage: npm run translations:import -- FILE.xlf
  Applies a translated XLIFF 2.0 file (e.g. translations/passerelle-fr-to-es.xlf): every unit or none.`

const { positionals } = parseJobArgs({ options: {}, allowPositionals: true }, usage)
if (positionals.length !== 1) usageError('Give one XLIFF file.', usage)
const file = positionals[0]

runScript(async () => {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    console.error(`Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : message}`)
    return 2
  }
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { importTranslations } = await import('../translation/importTranslations')
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
  // runScript then asks the running site to expire its cache: it shows the translation from its next request.
  return report.ok ? 0 : 1
})
