import { Gutter } from '@payloadcms/ui'
import type { CollectionSlug, DocumentViewServerProps } from 'payload'

import { idOf, userNamesOf } from '../../lib/admin/userNames'
import { adminText } from '../../lib/i18n/admin'
import '../../translation/admin/translations.css'

const PAGE_SIZE = 25

interface VersionRow {
  id: number | string
  updatedAt: string
  autosave?: boolean | null
  publishedLocale?: string | null
  version?: { _status?: 'draft' | 'published' | null; updatedBy?: number | string | { id: number | string } | null }
}

/**
 * A document's versions, newest first, each with who saved it — Payload's own versions list has no
 * room for another column. Each date opens Payload's comparison of that version, as in its list.
 */
export async function VersionHistory({ initPageResult, routeSegments, searchParams }: DocumentViewServerProps) {
  const { req, collectionConfig, docID } = initPageResult
  const text = adminText(req.i18n.language)
  if (!collectionConfig || docID === undefined) return null
  const slug = collectionConfig.slug as CollectionSlug
  const page = Math.max(1, Number.parseInt(String(searchParams?.page ?? '1'), 10) || 1)
  const versions = await req.payload.findVersions({
    collection: slug,
    where: { and: [{ parent: { equals: docID } }, { snapshot: { not_equals: true } }] },
    sort: '-updatedAt',
    limit: PAGE_SIZE,
    page,
    depth: 0,
    locale: req.locale ?? undefined,
    overrideAccess: false,
    user: req.user,
    req,
    select: { updatedAt: true, autosave: true, publishedLocale: true, version: { _status: true, updatedBy: true } },
  })
  const rows = versions.docs as unknown as VersionRow[]
  const names = await userNamesOf(
    req.payload,
    rows.map((row) => row.version?.updatedBy),
  )
  const when = new Intl.DateTimeFormat(req.i18n.language, { dateStyle: 'medium', timeStyle: 'medium' })
  const base = `/admin/collections/${slug}/${routeSegments.includes('trash') ? 'trash/' : ''}${docID}/versions`

  return (
    <Gutter className="tr-view version-history">
      <h2>{text('history.title')}</h2>
      <table className="tr-table">
        <thead>
          <tr>
            <th scope="col">{text('history.saved')}</th>
            <th scope="col">{text('history.status')}</th>
            <th scope="col">{text('history.savedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const author = idOf(row.version?.updatedBy)
            return (
              <tr key={row.id}>
                <td>
                  <a href={`${base}/${row.id}`}>{when.format(new Date(row.updatedAt))}</a>
                </td>
                <td>
                  {row.version?._status === 'published'
                    ? text('history.published')
                    : row.autosave
                      ? text('history.autosave')
                      : text('history.draft')}
                </td>
                <td className={author ? undefined : 'tr-muted'}>
                  {author ? (names.get(author) ?? `#${author}`) : text('history.system')}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {versions.totalPages > 1 && (
        <nav className="tr-pages" aria-label={text('screens.translations.pages')}>
          {versions.hasPrevPage && <a href={`${base}?page=${page - 1}`}>{text('screens.translations.previous')}</a>}
          <span>
            {text('screens.translations.range', {
              from: (page - 1) * PAGE_SIZE + 1,
              to: (page - 1) * PAGE_SIZE + rows.length,
              total: versions.totalDocs,
            })}
          </span>
          {versions.hasNextPage && <a href={`${base}?page=${page + 1}`}>{text('screens.translations.next')}</a>}
        </nav>
      )}
    </Gutter>
  )
}
