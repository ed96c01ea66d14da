import { getTranslation } from '@payloadcms/translations'
import type { ServerProps } from 'payload'

import { isStaff, type AccessUser } from '../../../access/roles'
import { dashboardData } from '../../../lib/admin/dashboard'
import { adminText } from '../../../lib/i18n/admin'
import { localeDefinition } from '../../../lib/i18n/locales'
import './dashboard.css'

/**
 * The editor's front door, above Payload's collection cards: how much is draft, scheduled and
 * published in each collection, the last ten changes and who made them, and what each language
 * still lacks, each line a link to where the work is done (the work screens are in the header).
 */
export async function EditorDashboard({ payload, user, i18n }: ServerProps) {
  if (!user || !isStaff(user as AccessUser)) return null
  const text = adminText(i18n.language)
  const data = await dashboardData({ payload, user })
  const collectionLabel = (slug: string) =>
    getTranslation(payload.collections[slug as 'pages'].config.labels.plural, i18n) || slug
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const list = (slug: string, status: string) =>
    `/admin/collections/${slug}?${new URLSearchParams({ 'where[_status][equals]': status })}`

  return (
    <section className="ed-dashboard" aria-labelledby="ed-dashboard-title" data-server-ms={data.ms}>
      <h2 id="ed-dashboard-title">{text('dashboard.title')}</h2>
      <div className="ed-panels">
        <div className="ed-panel ed-panel--counts">
          <h3>{text('dashboard.content')}</h3>
          <div className="ed-scroll">
            <table className="tr-table" data-testid="dashboard-counts">
              <thead>
                <tr>
                  <th scope="col">{text('dashboard.collection')}</th>
                  <th scope="col">{text('dashboard.drafts')}</th>
                  <th scope="col">{text('dashboard.scheduled')}</th>
                  <th scope="col">{text('dashboard.published')}</th>
                </tr>
              </thead>
              <tbody>
                {data.counts.map((row) => (
                  <tr key={row.collection} data-collection={row.collection}>
                    <th scope="row">
                      <a href={`/admin/collections/${row.collection}`}>{collectionLabel(row.collection)}</a>
                    </th>
                    <td data-count="drafts">
                      <a href={list(row.collection, 'draft')}>{row.drafts}</a>
                    </td>
                    <td data-count="scheduled">
                      <a href="/admin/scheduled">{row.scheduled}</a>
                    </td>
                    <td data-count="published">
                      <a href={list(row.collection, 'published')}>{row.published}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>

        <div className="ed-panel ed-panel--recent">
          <h3>{text('dashboard.recent')}</h3>
          {data.recent.length === 0 ? (
            <p>{text('dashboard.noChanges')}</p>
          ) : (
            <ol className="ed-recent" data-testid="dashboard-recent">
              {data.recent.map((change, i) => (
                <li key={`${change.collection}:${change.id}:${i}`}>
                  <a href={`/admin/collections/${change.collection}/${change.id}`}>{change.title}</a>
                  <span className="ed-meta">
                    {collectionLabel(change.collection)} ·{' '}
                    {change.status === 'published' ? text('history.published') : text('history.draft')} ·{' '}
                    <time dateTime={change.at}>{when.format(new Date(change.at))}</time> ·{' '}
                    <span className="ed-author">{change.by ?? text('history.system')}</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>

        <div className="ed-panel ed-panel--languages">
          <h3>{text('dashboard.languages')}</h3>
          <div className="ed-scroll">
            <table className="tr-table" data-testid="dashboard-languages">
              <thead>
                <tr>
                  <th scope="col">{text('screens.translations.language')}</th>
                  <th scope="col">{text('screens.translations.states.missing')}</th>
                  <th scope="col">{text('screens.translations.states.outdated')}</th>
                </tr>
              </thead>
              <tbody>
                {data.gaps.map((gap) => (
                  <tr key={gap.locale}>
                    <th scope="row">{localeDefinition(gap.locale).label}</th>
                    <td>
                      <a href={`/admin/translations?locale=${gap.locale}&status=missing`}>{gap.missing}</a>
                    </td>
                    <td>
                      <a href={`/admin/translations?locale=${gap.locale}&status=outdated`}>{gap.outdated}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </section>
  )
}
