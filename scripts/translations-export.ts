/**
 * `npm run translations:export -- --locale es [--collection press-releases] [--status missing,outdated] [--out translations]`
 * Writes one XLIFF 2.0 file per original language of the documents, for translators' CAT tools.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { parseExportQuery } from '../translation/exportQuery'
import { parseJobArgs, usageError } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

const usage = `Usage: npm run translations:export -- --locale CODE [--collection SLUG,…] [--status missing,outdated,…] [--source CODE] [--out FOLDER]
  Writes what is missing or outdated in a language as XLIFF 2.0, one file per original language (default folder: translations).`

const { values } = parseJobArgs(
  {
    options: {
      locale: { type: 'string' },
      collection: { type: 'string' },
      status: { type: 'string' },
      source: { type: 'string' },
      out: { type: 'string', default: 'translations' },
    },
  },
  usage,
)
const query = parseExportQuery(values)
if ('error' in query) usageError(query.error, usage)

runScript(async () => {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { exportTranslations } = await import('../translation/exportTranslations')
  const payload = await getPayload({ config })
  const started = performance.now()
  const { locale, states, source } = query
  const files = (await exportTranslations(payload, query)).filter((f) => !source || f.sourceLocale === source)
  await mkdir(values.out, { recursive: true })
  for (const file of files) {
    const target = path.join(values.out, file.fileName)
    await writeFile(target, file.xliff)
    console.log(
      `${target}: ${file.documents} document(s), ${file.units} unit(s) from ${file.sourceLocale} to ${file.targetLocale}`,
    )
  }
  if (files.length === 0) console.log(`Nothing to translate into ${locale} (${states.join(', ')}).`)
  console.log(`Done in ${Math.round(performance.now() - started)} ms.`)
  await payload.destroy()
})
