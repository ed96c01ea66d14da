import { DocLink } from '@/components/common/DocLink'
import { RichText } from '@/components/common/RichText'
import { FallbackNotice } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import { NewsLinks } from '@/components/news/NewsLinks'
import type { getOffice } from '@/lib/content/offices'
import { countryName } from '@/lib/reference/countries'
import { timeZoneLabel } from '@/lib/time/format'
import { localeDefinition, type LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { newsListHref } from '@/lib/site/listPaths'
import { officesCountryHref, sectionHref } from '@/lib/site/routes'
import { labelOf, officeKinds, regions } from '@/lib/reference/taxonomy'

type Loaded = Awaited<ReturnType<typeof getOffice>>
export type OfficeView = Extract<Loaded['lookup'], { status: 'found' }>['result']
export type OfficeRelated = NonNullable<Loaded['related']>

/** An office: kind, region, address and contact, the office it reports to, those reporting to it, its latest news. */
export function OfficeDetails({
  locale,
  view,
  related,
}: {
  locale: LocaleCode
  view: OfficeView
  related: OfficeRelated
}) {
  const t = translator(locale)
  const { doc, locale: shownIn, isFallback } = view
  /** No empty landmark: the aside only when there is something related. */
  const hasRelated = related.children.length + related.news.length > 0
  const intl = localeDefinition(locale).intl
  return (
    <>
      <nav className="crumbs" aria-label={t('breadcrumbs')}>
        <a href={sectionHref('offices', locale)}>{t('section.offices')}</a>
      </nav>
      {isFallback ? <FallbackNotice locale={locale} shownIn={shownIn} /> : null}
      <article className="document">
        <header className="document-header">
          <p className="kicker">{labelOf(officeKinds, doc.kind, locale)}</p>
          <InLanguage pageLocale={locale} shownIn={shownIn}>
            <h1>{doc.name}</h1>
          </InLanguage>
        </header>
        <dl className="facts">
          <div>
            <dt>{t('offices.region')}</dt>
            <dd>{labelOf(regions, doc.region, locale)}</dd>
          </div>
          <div>
            <dt>{t('offices.location')}</dt>
            <dd>
              <InLanguage as="span" pageLocale={locale} shownIn={shownIn}>
                {doc.city}
              </InLanguage>
              {t('listSeparator')}
              <a href={officesCountryHref(locale, doc.country)}>{countryName(doc.country, intl)}</a>
            </dd>
          </div>
          {doc.address ? (
            <div>
              <dt>{t('offices.address')}</dt>
              <dd>
                <InLanguage as="span" pageLocale={locale} shownIn={shownIn} className="address">
                  {doc.address}
                </InLanguage>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('offices.timeZone')}</dt>
            <dd>{timeZoneLabel(doc.timeZone, locale, new Date())}</dd>
          </div>
          {doc.phone ? (
            <div>
              <dt>{t('offices.phone')}</dt>
              <dd>
                <a href={`tel:${doc.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
                  {doc.phone}
                </a>
              </dd>
            </div>
          ) : null}
          {doc.email ? (
            <div>
              <dt>{t('offices.email')}</dt>
              <dd>
                <a href={`mailto:${doc.email}`}>{doc.email}</a>
              </dd>
            </div>
          ) : null}
          {doc.headOfOffice ? (
            <div>
              <dt>{t('offices.head')}</dt>
              <dd>{doc.headOfOffice}</dd>
            </div>
          ) : null}
          {related.parent ? (
            <div>
              <dt>{t('offices.reportsTo')}</dt>
              <dd>
                <DocLink
                  collection="offices"
                  slug={related.parent.slug}
                  title={related.parent.title}
                  locale={locale}
                  shownIn={related.parent.locale}
                />
              </dd>
            </div>
          ) : null}
        </dl>
        <InLanguage pageLocale={locale} shownIn={shownIn}>
          <RichText value={doc.description} />
        </InLanguage>
      </article>
      {hasRelated ? (
        <aside className="document-aside" aria-label={t('relatedContent')}>
          {related.children.length ? (
            <section className="related">
              <h2>{t('offices.reportingOffices')}</h2>
              <ul>
                {related.children.map((c) => (
                  <li key={c.doc.id}>
                    <DocLink
                      collection="offices"
                      slug={c.doc.slug}
                      title={c.doc.name ?? ''}
                      locale={locale}
                      shownIn={c.locale}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <NewsLinks
            items={related.news}
            locale={locale}
            all={{ href: newsListHref(locale, { office: doc.id }), label: t('offices.allNews') }}
          />
        </aside>
      ) : null}
    </>
  )
}
