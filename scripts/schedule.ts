/**
 * `npm run schedule -- --collection press-releases --id 12 --publish --at 2026-12-01T09:00:00+01:00 [--locale fr]`
 * (or `--unpublish`): queues the job the admin's "Schedule publish" drawer queues. The running
 * site publishes the document at that time (its job runner checks the queue every minute).
 */
import { parseArgs } from 'node:util'

import { runScript } from './lib/runScript'

const usage =
  'Usage: npm run schedule -- --collection SLUG --id ID (--publish | --unpublish) --at YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM) [--locale CODE]'

runScript(async () => {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      options: {
        collection: { type: 'string' },
        id: { type: 'string' },
        publish: { type: 'boolean' },
        unpublish: { type: 'boolean' },
        at: { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`)
    return 2
  }
  if (values.help) {
    console.log(usage)
    return 0
  }
  const { collection, id, at, locale } = values
  if (
    typeof collection !== 'string' ||
    typeof id !== 'string' ||
    typeof at !== 'string' ||
    values.publish === values.unpublish
  ) {
    console.error(usage)
    return 2
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { schedulePublication } = await import('../lib/schedule/schedulePublication')
  const payload = await getPayload({ config })
  const result = await schedulePublication(payload, {
    collection,
    id,
    at,
    type: values.publish ? 'publish' : 'unpublish',
    locale: typeof locale === 'string' ? locale : undefined,
  })
  await payload.destroy()
  if (!result.ok) {
    console.error(`Not scheduled: ${result.reason}`)
    return 1
  }
  console.log(
    `Scheduled: ${values.publish ? 'publish' : 'unpublish'} ${collection} ${id}${typeof locale === 'string' ? ` (${locale})` : ''} at ${result.at.toISOString()} (job ${result.jobId}).`,
  )
  return 0
})
