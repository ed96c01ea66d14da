/**
 * `npm run translations:export -- --locale es [--collection press-releases] [--status missing,outdated] [--out translations]`
 * Writes one XLIFF 2.0 file per original language of the documents, for translators' CAT tools.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import config from '@payload-config'
import { getPayload } from 'payload'

import { exportTranslations } from '../translation/exportTranslations'
import { parseExportQuery } from '../translation/exportQuery'

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    locale: { type: 'string' },
    collection: { type: 'string' },
    status: { type: 'string' },
    source: { type: 'string' },
    out: { type: 'string', default: 'translations' },
  },
  allowPositionals: true,
})

const query = parseExportQuery(values)
if ('error' in query) {
  console.error(query.error)
  process.exit(2)
}

const payload = await getPayload({ config })
const started = performance.now()
const files = (await exportTranslations(payload, query)).filter((f) => !query.source || f.sourceLocale === query.source)
await mkdir(values.out, { recursive: true })
for (const file of files) {
  const target = path.join(values.out, file.fileName)
  await writeFile(target, file.xliff)
  console.log(
    `${target}: ${file.documents} document(s), ${file.units} unit(s) from ${file.sourceLocale} to ${file.targetLocale}`,
  )
}
if (files.length === 0) console.log(`Nothing to translate into ${query.locale} (${query.states.join(', ')}).`)
console.log(`Done in ${Math.round(performance.now() - started)} ms.`)
await payload.destroy()
process.exit()
