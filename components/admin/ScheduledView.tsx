import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { isStaff, type AccessUser } from '../../access/roles'
import { isTranslatableCollection, type TranslatableCollection } from '../../translation/collections'
import { titlesOf } from '../../translation/overview'
import { adminText } from '../../lib/i18n/admin'
import '../../translation/admin/translations.css'

interface ScheduleInput {
  type?: 'publish' | 'unpublish' | null
  doc?: { relationTo?: string; value?: number | string | { id: number | string } } | null
  user?: { relationTo?: string; value?: number | string | { id: number | string } } | null
}

const idOf = (value: number | string | { id: number | string } | undefined): string =>
  typeof value === 'object' ? String(value.id) : String(value ?? '')

/** /admin/scheduled — every publish and unpublish waiting for its time, soonest first. */
export async function ScheduledView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const text = adminText(req.i18n.language)
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user: req.user ?? undefined,
    visibleEntities,
  }
  if (!isStaff(req.user as AccessUser | null))
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <p>{text('screens.scheduled.none')}</p>
        </Gutter>
      </DefaultTemplate>
    )

  const jobs = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    depth: 0,
    limit: 200,
    overrideAccess: true,
  })
  const scheduled = jobs.docs.map((job) => ({
    id: job.id,
    waitUntil: job.waitUntil,
    input: (job.input ?? {}) as ScheduleInput,
  }))
  const byCollection = new Map<TranslatableCollection, string[]>()
  for (const { input } of scheduled) {
    const slug = input.doc?.relationTo
    if (isTranslatableCollection(slug))
      byCollection.set(slug, [...(byCollection.get(slug) ?? []), idOf(input.doc?.value)])
  }
  const titles = new Map<string, string>()
  for (const [slug, ids] of byCollection)
    for (const [id, title] of await titlesOf(req.payload, slug, ids)) titles.set(`${slug}:${id}`, title)
  const userIds = [...new Set(scheduled.map((s) => idOf(s.input.user?.value)).filter(Boolean))]
  const users =
    userIds.length > 0
      ? await req.payload.find({
          collection: 'users',
          where: { id: { in: userIds } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          select: { name: true },
        })
      : { docs: [] }
  const userNames = new Map(users.docs.map((u) => [String(u.id), u.name]))
  const when = new Intl.DateTimeFormat(req.i18n.language, { dateStyle: 'full', timeStyle: 'short' })

  return (
    <DefaultTemplate {...template}>
      <Gutter className="tr-view">
        <h1>{text('screens.scheduled.title')}</h1>
        <p className="tr-intro">{text('screens.scheduled.intro')}</p>
        {scheduled.length === 0 ? (
          <p>{text('screens.scheduled.none')}</p>
        ) : (
          <table className="tr-table">
            <thead>
              <tr>
                <th scope="col">{text('screens.scheduled.when')}</th>
                <th scope="col">{text('screens.scheduled.action')}</th>
                <th scope="col">{text('screens.translations.document')}</th>
                <th scope="col">{text('screens.scheduled.by')}</th>
              </tr>
            </thead>
            <tbody>
              {scheduled.map(({ id, waitUntil, input }) => {
                const slug = input.doc?.relationTo ?? ''
                const docId = idOf(input.doc?.value)
                return (
                  <tr key={id}>
                    <td>{waitUntil ? when.format(new Date(waitUntil)) : '—'}</td>
                    <td>
                      {input.type === 'unpublish'
                        ? text('screens.scheduled.unpublish')
                        : text('screens.scheduled.publish')}
                    </td>
                    <td>
                      <a href={`/admin/collections/${slug}/${docId}`}>
                        {titles.get(`${slug}:${docId}`) ?? `${slug} #${docId}`}
                      </a>
                    </td>
                    <td className="tr-muted">{userNames.get(idOf(input.user?.value)) ?? '—'}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
