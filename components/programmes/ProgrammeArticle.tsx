import { DocLink } from '@/components/common/DocLink'
import { NamedLinks } from '@/components/common/NamedLinks'
import { Picture } from '@/components/common/Picture'
import { RelatedLinks } from '@/components/common/RelatedLinks'
import { RichText } from '@/components/common/RichText'
import { EventTime } from '@/components/events/EventTime'
import { FallbackNotice } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import { NewsLinks } from '@/components/news/NewsLinks'
import type { getProgramme } from '@/lib/content/programmes'
import { countryName } from '@/lib/reference/countries'
import { formatDate } from '@/lib/time/format'
import { localeDefinition, type LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { opensWith } from '@/lib/text/richText'
import { newsListHref } from '@/lib/site/listPaths'
import { sectionHref } from '@/lib/site/routes'
import { programmeStatuses, regions, themes } from '@/lib/reference/taxonomy'

type Loaded = Awaited<ReturnType<typeof getProgramme>>
export type ProgrammeView = Extract<Loaded['lookup'], { status: 'found' }>['result']
export type ProgrammeRelated = NonNullable<Loaded['related']>

/** A programme: status, themes, regions and countries, text, partners, and the news and events about it. */
export function ProgrammeArticle({
  locale,
  view,
  related,
}: {
  locale: LocaleCode
  view: ProgrammeView
  related: ProgrammeRelated
}) {
  const t = translator(locale)
  const { doc, locale: shownIn, isFallback } = view
  const hasFacts = Boolean(doc.themes?.length || doc.regions?.length || doc.countries?.length || doc.period?.start)
  /** No empty landmark: the aside only when there is something related. */
  const hasRelated = related.news.length + related.events.length + related.offices.length > 0
  const intl = localeDefinition(locale).intl
  const label = <V extends string>(list: readonly { value: V; label: Record<LocaleCode, string> }[], value: string) =>
    list.find((x) => x.value === value)?.label[locale] ?? value
  return (
    <>
      <nav className="crumbs" aria-label={t('breadcrumbs')}>
        <a href={sectionHref('programmes', locale)}>{t('section.programmes')}</a>
      </nav>
      {isFallback ? <FallbackNotice locale={locale} shownIn={shownIn} /> : null}
      <article className="document">
        <header className="document-header">
          <p className="kicker">{label(programmeStatuses, doc.status)}</p>
          <InLanguage pageLocale={locale} shownIn={shownIn}>
            <h1>{doc.title}</h1>
            {doc.summary && !opensWith(doc.body, doc.summary) ? <p className="lede">{doc.summary}</p> : null}
          </InLanguage>
        </header>
        {related.image ? <Picture image={related.image} locale={locale} priority /> : null}
        {/* A programme created from an imported page may have no facts yet: no empty list then. */}
        {hasFacts ? (
          <dl className="facts">
            {doc.themes?.length ? (
              <div>
                <dt>{t('programmes.themes')}</dt>
                <dd>{doc.themes.map((v) => label(themes, v)).join(' · ')}</dd>
              </div>
            ) : null}
            {doc.regions?.length ? (
              <div>
                <dt>{t('programmes.regions')}</dt>
                <dd>{doc.regions.map((v) => label(regions, v)).join(' · ')}</dd>
              </div>
            ) : null}
            {doc.countries?.length ? (
              <div>
                <dt>{t('programmes.countries')}</dt>
                <dd>
                  {new Intl.ListFormat(intl, { type: 'conjunction' }).format(
                    doc.countries.map((c) => countryName(c, intl)),
                  )}
                </dd>
              </div>
            ) : null}
            {doc.period?.start ? (
              <div>
                <dt>{t('programmes.period')}</dt>
                <dd>
                  {formatDate(doc.period.start, locale)}
                  {doc.period.end ? ` – ${formatDate(doc.period.end, locale)}` : ''}
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        <InLanguage pageLocale={locale} shownIn={shownIn}>
          <RichText value={doc.body} />
        </InLanguage>
        <NamedLinks title={t('programmes.partners')} items={doc.partners} locale={locale} shownIn={shownIn} />
      </article>
      {hasRelated ? (
        <aside className="document-aside" aria-label={t('relatedContent')}>
          <NewsLinks
            items={related.news}
            locale={locale}
            all={{ href: newsListHref(locale, { programme: doc.id }), label: t('programmes.allNews') }}
          />
          {related.events.length ? (
            <section className="related">
              <h2>{t('related.events')}</h2>
              <ul>
                {related.events.map((e) => (
                  <li key={e.doc.id}>
                    <DocLink
                      collection="events"
                      slug={e.doc.slug}
                      title={e.doc.title}
                      locale={locale}
                      shownIn={e.locale}
                    />{' '}
                    <span className="meta">
                      <EventTime event={e.doc} locale={locale} />
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <RelatedLinks title={t('related.offices')} links={related.offices} collection="offices" locale={locale} />
        </aside>
      ) : null}
    </>
  )
}
