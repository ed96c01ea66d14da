import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { isEditor, isStaff, translatorLocales, type AccessUser } from '../../access/roles'
import { isLocale, localeCodes, locales, type LocaleCode } from '../../lib/i18n/locales'
import { intParam } from '../../lib/site/routes'
import { isTranslatableCollection, translatableCollections } from '../collections'
import { DEFAULT_EXPORT_STATES } from '../exportTranslations'
import { translationRows } from '../overview'
import { workStates, type TranslationState } from '../status'
import { TranslationBadges } from './TranslationBadges'
import { XliffUpload } from './XliffUpload'
import { adminText } from '../../lib/i18n/admin'
import { stateKeys } from './stateKeys'

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** Rows on one screen: enough to work through, light enough for a translator's connection. */
export const OVERVIEW_PAGE_SIZE = 50

/** /admin/translations — documents × languages, filtered by collection, language and state; XLIFF download and upload. */
export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as AccessUser | null
  const language = req.i18n.language
  const text = adminText(language)
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
  if (!isStaff(user))
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <p>{text('screens.translations.noDocuments')}</p>
        </Gutter>
      </DefaultTemplate>
    )

  const workLocales: LocaleCode[] = isEditor(user) ? localeCodes : translatorLocales(user)
  const collection = one(searchParams?.collection)
  const askedLocale = one(searchParams?.locale)
  const targetLocale: LocaleCode | undefined = isLocale(askedLocale) ? askedLocale : workLocales[0]
  const askedState = one(searchParams?.status)
  const state = (workStates as readonly string[]).includes(askedState ?? '')
    ? (askedState as TranslationState)
    : undefined
  const collections = isTranslatableCollection(collection) ? [collection] : translatableCollections
  const rows = await translationRows(req.payload, {
    collections,
    locale: targetLocale,
    states: state ? [state] : undefined,
    req,
  })
  const pages = Math.max(1, Math.ceil(rows.length / OVERVIEW_PAGE_SIZE))
  const page = Math.min(intParam(one(searchParams?.page)) ?? 1, pages)
  const shown = rows.slice((page - 1) * OVERVIEW_PAGE_SIZE, page * OVERVIEW_PAGE_SIZE)
  const number = new Intl.NumberFormat(language)
  const pageHref = (n: number) =>
    `?${new URLSearchParams({ ...(isTranslatableCollection(collection) ? { collection } : {}), ...(targetLocale ? { locale: targetLocale } : {}), ...(state ? { status: state } : {}), page: String(n) })}`

  const exportStates = state ? [state] : DEFAULT_EXPORT_STATES
  const sources = [
    ...new Set(
      rows
        .filter(
          (r) =>
            targetLocale &&
            r.sourceLocale !== targetLocale &&
            exportStates.includes(r.locales.find((l) => l.locale === targetLocale)?.state ?? 'missing'),
        )
        .map((r) => r.sourceLocale),
    ),
  ]
  const canExport = targetLocale !== undefined && workLocales.includes(targetLocale)
  const exportHref = (source: LocaleCode) =>
    `/api/translations/export?${new URLSearchParams({ locale: targetLocale ?? '', source, status: exportStates.join(','), ...(isTranslatableCollection(collection) ? { collection } : {}) })}`
  const labelOf = (slug: string) => {
    const label = req.payload.collections[slug as (typeof translatableCollections)[number]].config.labels.plural
    return typeof label === 'string'
      ? label
      : typeof label === 'object'
        ? String((label as Record<string, string>)[language] ?? (label as Record<string, string>).en ?? slug)
        : slug
  }

  return (
    <DefaultTemplate {...template}>
      <Gutter className="tr-view">
        <h1>{text('screens.translations.title')}</h1>
        <p className="tr-intro">{text('screens.translations.intro')}</p>
        <form className="tr-filters" method="get">
          <label>
            {text('screens.translations.collection')}
            <select name="collection" defaultValue={isTranslatableCollection(collection) ? collection : ''}>
              <option value="">{text('screens.translations.all')}</option>
              {translatableCollections.map((slug) => (
                <option key={slug} value={slug}>
                  {labelOf(slug)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {text('screens.translations.language')}
            <select name="locale" defaultValue={targetLocale}>
              {locales.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {text('screens.translations.status')}
            <select name="status" defaultValue={state ?? ''}>
              <option value="">{text('screens.translations.all')}</option>
              {workStates.map((s) => (
                <option key={s} value={s}>
                  {text(stateKeys[s])}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            {text('screens.translations.filter')}
          </button>
        </form>

        {canExport ? (
          <div className="tr-files">
            <section className="tr-panel">
              <h2>{text('screens.translations.download')}</h2>
              <p>{text('screens.translations.downloadHint')}</p>
              {sources.length === 0 ? <p className="tr-muted">{text('screens.translations.noDocuments')}</p> : null}
              {sources.map((source) => (
                <a key={source} className="btn btn--style-primary btn--size-small" href={exportHref(source)} download>
                  {source.toUpperCase()} → {targetLocale?.toUpperCase()}
                </a>
              ))}
            </section>
            <section className="tr-panel">
              <h2>{text('screens.translations.upload')}</h2>
              <p>{text('screens.translations.uploadHint')}</p>
              <XliffUpload language={language} />
            </section>
          </div>
        ) : null}

        {rows.length === 0 ? (
          <p>{text('screens.translations.noDocuments')}</p>
        ) : (
          <table className="tr-table">
            <thead>
              <tr>
                <th scope="col">{text('screens.translations.document')}</th>
                <th scope="col">{text('screens.translations.collection')}</th>
                <th scope="col">{text('screens.translations.title')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={`${row.collection}:${row.id}`}>
                  <td>
                    <a
                      href={`/admin/collections/${row.collection}/${row.id}?locale=${row.sourceLocale}`}
                      lang={row.sourceLocale}
                      dir={locales.find((l) => l.code === row.sourceLocale)?.dir}
                    >
                      {row.title}
                    </a>
                    {row.publication === 'published' ? null : (
                      <span className="tr-muted">
                        {' '}
                        ·{' '}
                        {row.publication === 'draft'
                          ? text('screens.publication.draft')
                          : text('screens.publication.changed')}
                      </span>
                    )}
                  </td>
                  <td className="tr-muted">{labelOf(row.collection)}</td>
                  <td>
                    <TranslationBadges
                      statuses={row.locales}
                      language={language}
                      showMissing
                      hrefFor={(code) => `/admin/collections/${row.collection}/${row.id}?locale=${code}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {rows.length > 0 ? (
          <nav className="tr-pages" aria-label={text('screens.translations.pages')}>
            <p>
              {text('screens.translations.range', {
                from: number.format((page - 1) * OVERVIEW_PAGE_SIZE + 1),
                to: number.format((page - 1) * OVERVIEW_PAGE_SIZE + shown.length),
                total: number.format(rows.length),
              })}
            </p>
            {page > 1 ? (
              <a className="btn btn--style-secondary btn--size-small" href={pageHref(page - 1)} rel="prev">
                {text('screens.translations.previous')}
              </a>
            ) : null}
            {page < pages ? (
              <a className="btn btn--style-secondary btn--size-small" href={pageHref(page + 1)} rel="next">
                {text('screens.translations.next')}
              </a>
            ) : null}
          </nav>
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
