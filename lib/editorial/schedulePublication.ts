/**
 * Scheduling a publish or unpublish outside the admin (the command line): the same job the admin's
 * "Schedule publish" drawer queues, checked first so that a typo never queues a job that fails later.
 */
import type { CollectionSlug, Payload } from 'payload'

import type { TaskSchedulePublish } from '../../payload-types'
import { retriedWhileBusy } from '../database/sqliteWrites'
import { isLocale, type LocaleCode } from '../i18n/locales'

type ScheduledDoc = NonNullable<TaskSchedulePublish['input']['doc']>

export interface ScheduleRequest {
  collection: string
  id: string
  type: 'publish' | 'unpublish'
  /** An ISO 8601 date-time with its offset or Z ("2026-12-01T09:00:00+01:00"). */
  at: string
  /** Publish this language only (per-locale publishing); all languages when absent. */
  locale?: string
}

export type ScheduleResult = { ok: true; jobId: number | string; at: Date } | { ok: false; reason: string }

const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** A date-time with its zone whose calendar date exists (Date.parse accepts 31 February). */
function isDateTimeWithZone(value: string): boolean {
  const match = ISO_WITH_ZONE.exec(value)
  if (!match || Number.isNaN(Date.parse(value))) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const calendar = new Date(Date.UTC(year, month - 1, day))
  return calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day
}

/** Collections whose documents can be scheduled: drafts with schedulePublish on. */
export function schedulableCollections(payload: Payload): CollectionSlug[] {
  return Object.values(payload.collections)
    .filter(
      ({ config }) =>
        typeof config.versions === 'object' &&
        config.versions !== null &&
        typeof config.versions.drafts === 'object' &&
        Boolean(config.versions.drafts?.schedulePublish),
    )
    .map(({ config }) => config.slug as CollectionSlug)
}

export async function schedulePublication(payload: Payload, request: ScheduleRequest): Promise<ScheduleResult> {
  const collections = schedulableCollections(payload)
  const collection = collections.find((slug) => slug === request.collection)
  if (!collection)
    return { ok: false, reason: `"${request.collection}" cannot be scheduled; one of: ${collections.join(', ')}.` }
  if (!isDateTimeWithZone(request.at))
    return {
      ok: false,
      reason: `"${request.at}" is not a date and time with its time zone, such as 2026-12-01T09:00:00+01:00 or 2026-12-01T08:00:00Z.`,
    }
  let locale: LocaleCode | undefined
  if (request.locale !== undefined) {
    if (!isLocale(request.locale))
      return { ok: false, reason: `"${request.locale}" is not one of the site's languages.` }
    if (request.type === 'unpublish')
      return { ok: false, reason: 'Unpublishing applies to every language; leave out --locale.' }
    locale = request.locale
  }
  const idType = payload.db.defaultIDType
  const id = idType === 'number' ? Number(request.id) : request.id
  if (idType === 'number' && !Number.isInteger(id))
    return { ok: false, reason: `"${request.id}" is not a document id.` }
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: {},
  })
  if (found.docs.length === 0) return { ok: false, reason: `No ${collection} document has the id ${request.id}.` }
  const at = new Date(request.at)
  // Payload writes the job outside a transaction, so no queue of turns waits for another process's
  // write (a server or the job worker on the same SQLite file): refused as busy, it is tried again.
  const job = await retriedWhileBusy(() =>
    payload.jobs.queue({
      task: 'schedulePublish',
      // As the admin's drawer queues it; without a user the job runs with the system's rights.
      // The generated type knows SQLite's numeric ids only; on MongoDB they are strings.
      input: {
        type: request.type,
        doc: { relationTo: collection, value: id } as ScheduledDoc,
        ...(locale ? { locale } : {}),
      },
      waitUntil: at,
    }),
  )
  return { ok: true, jobId: job.id, at }
}
