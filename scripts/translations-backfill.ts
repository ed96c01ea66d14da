/**
 * `npm run translations:backfill` — once, after the migration that adds translation statuses:
 * records the status of every document saved before (idempotent: documents with a status are left alone).
 */
import { parseJobArgs } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

parseJobArgs(
  { options: {} },
  `Usage: npm run translations:backfill
  Records the translation status of documents saved before statuses existed (idempotent).`,
)

runScript(async () => {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { backfillTranslationStatus } = await import('../translation/backfill')
  const payload = await getPayload({ config })
  const results = await backfillTranslationStatus(payload)
  for (const r of results) {
    console.log(
      `${r.collection}: ${r.recorded} document(s) recorded${r.failed.length ? `, ${r.failed.length} failed` : ''}`,
    )
    for (const f of r.failed) console.error(`  ${r.collection} ${f.id}: ${f.reason}`)
  }
  await payload.destroy()
  return results.some((r) => r.failed.length > 0) ? 1 : 0
})
