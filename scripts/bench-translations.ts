/**
 * `npm run bench:translations [-- --docs 1000]` — how long the XLIFF export and import take for many
 * documents. Works on a temporary SQLite database of its own (never the site's), deleted at the end.
 */
import { unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { parseJobArgs, wholeNumberProblem } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

const { values } = parseJobArgs(
  { options: { docs: { type: 'string', default: '1000' } } },
  `Usage: npm run bench:translations -- [--docs N]
  Times the XLIFF export and import of N press releases (default 1000) on a temporary SQLite database.`,
  ({ values }) => wholeNumberProblem('docs', values.docs),
)

const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now()
  const result = await work()
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`)
  return result
}

runScript(async () => {
  const count = Number(values.docs)
  const file = path.join(tmpdir(), `passerelle-bench-${process.pid}.db`)
  process.env.DATABASE_URI = `file:${file}`
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'

  const { default: config } = await import('../payload.config')
  const { getPayload } = await import('payload')
  const { richTextFromParagraphs } = await import('../lib/text/richText')
  const { exportTranslations } = await import('../translation/exportTranslations')
  const { importTranslations } = await import('../translation/importTranslations')

  const payload = await getPayload({ config })

  await time(`create ${count} press releases (fr, 3 paragraphs each)`, async () => {
    for (let i = 0; i < count; i++) {
      await payload.create({
        collection: 'press-releases',
        locale: 'fr',
        data: {
          title: `Communiqué numéro ${i + 1} sur la migration`,
          _status: 'published',
          publishedDate: new Date(Date.UTC(2020, 0, 1 + (i % 365))).toISOString(),
          summary: `Résumé du communiqué ${i + 1}.`,
          dateline: { city: 'Genève' },
          body: richTextFromParagraphs([
            `Premier paragraphe du communiqué ${i + 1}.`,
            'Deuxième paragraphe, avec « guillemets » & esperluette.',
            'Troisième paragraphe.',
          ]),
        },
      })
    }
  })

  const [exported] = await time('export es (missing)', () => exportTranslations(payload, { locale: 'es' }))
  if (!exported) throw new Error('nothing exported')
  console.log(
    `  ${exported.documents} documents, ${exported.units} units, ${(exported.xliff.length / 1024 / 1024).toFixed(1)} MB`,
  )
  const filled = exported.xliff.replace(
    /<segment id="([^"]+)" state="initial"><source>(.*?)<\/source><\/segment>/g,
    '<segment id="$1" state="translated"><source>$2</source><target>[es] $2</target></segment>',
  )
  const report = await time('import es (all units, one transaction)', () => importTranslations(payload, filled))
  console.log(
    `  ok=${report.ok}, ${report.applied} units into ${report.documents} documents, ${report.refused.length} refused`,
  )
  await time('export es again (complete)', () => exportTranslations(payload, { locale: 'es', states: ['complete'] }))

  await payload.destroy()
  await unlink(file).catch(() => undefined)
  return report.ok ? 0 : 1
})
