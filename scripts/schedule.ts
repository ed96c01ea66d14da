/**
 * `npm run schedule -- --collection press-releases --id 12 --publish --at 2026-12-01T09:00:00+01:00 [--locale fr]`
 * (or `--unpublish`): queues the job the admin's "Schedule publish" drawer queues. The running
 * site publishes the document at that time (its job runner checks the queue every minute).
 */
import { parseJobArgs } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

const usage =
  'Usage: npm run schedule -- --collection SLUG --id ID (--publish | --unpublish) --at YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM) [--locale CODE]'

const { values } = parseJobArgs(
  {
    options: {
      collection: { type: 'string' },
      id: { type: 'string' },
      publish: { type: 'boolean' },
      unpublish: { type: 'boolean' },
      at: { type: 'string' },
      locale: { type: 'string' },
    },
  },
  usage,
  ({ values }) => {
    const missing = (['collection', 'id', 'at'] as const).filter((name) => values[name] === undefined)
    if (missing.length) return `Missing ${missing.map((name) => `--${name}`).join(', ')}.`
    if (values.publish === values.unpublish) return 'Give one of --publish or --unpublish.'
  },
)

runScript(async () => {
  const { collection = '', id = '', at = '', locale } = values
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { schedulePublication } = await import('../lib/editorial/schedulePublication')
  const payload = await getPayload({ config })
  const result = await schedulePublication(payload, {
    collection,
    id,
    at,
    type: values.publish ? 'publish' : 'unpublish',
    locale,
  })
  await payload.destroy()
  if (!result.ok) {
    console.error(`Not scheduled: ${result.reason}`)
    return 1
  }
  console.log(
    `Scheduled: ${values.publish ? 'publish' : 'unpublish'} ${collection} ${id}${locale ? ` (${locale})` : ''} at ${result.at.toISOString()} (job ${result.jobId}).`,
  )
  return 0
})
