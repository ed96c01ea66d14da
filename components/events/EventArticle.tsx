import { NamedLinks } from '@/components/common/NamedLinks'
import { RelatedLinks } from '@/components/common/RelatedLinks'
import { RichText } from '@/components/common/RichText'
import { FallbackNotice } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import type { getEvent } from '@/lib/content/events'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { feedHref, hrefFor, sectionHref } from '@/lib/site/routes'
import { eventKinds, eventStatuses, labelOf } from '@/lib/reference/taxonomy'
import { EventTime } from './EventTime'

type Loaded = Awaited<ReturnType<typeof getEvent>>
export type EventView = Extract<Loaded['lookup'], { status: 'found' }>['result']
export type EventRelated = NonNullable<Loaded['related']>

/** An event: when (in its zone), where, status, description, organisers, links and a calendar file. */
export function EventArticle({
  locale,
  view,
  related,
}: {
  locale: LocaleCode
  view: EventView
  related: EventRelated
}) {
  const t = translator(locale)
  const { doc, locale: shownIn, isFallback } = view
  /** No empty landmark: the aside only when there is something related. */
  const hasRelated = related.news.length + related.programmes.length > 0
  const status = eventStatuses.find((s) => s.value === doc.status)
  return (
    <>
      <nav className="crumbs" aria-label={t('breadcrumbs')}>
        <a href={sectionHref('events', locale)}>{t('section.events')}</a>
      </nav>
      {isFallback ? <FallbackNotice locale={locale} shownIn={shownIn} /> : null}
      <article className="document">
        <header className="document-header">
          <p className="kicker">{labelOf(eventKinds, doc.kind, locale)}</p>
          <InLanguage pageLocale={locale} shownIn={shownIn}>
            <h1>{doc.title}</h1>
            {doc.summary ? <p className="lede">{doc.summary}</p> : null}
          </InLanguage>
        </header>
        <dl className="facts">
          <div>
            <dt>{t('events.when')}</dt>
            <dd>
              <EventTime event={doc} locale={locale} />
            </dd>
          </div>
          {doc.status !== 'scheduled' && status ? (
            <div>
              <dt>{t('events.status')}</dt>
              <dd>
                <strong className="status">{status.label[locale]}</strong>
              </dd>
            </div>
          ) : null}
          {doc.venue || related.office ? (
            <div>
              <dt>{t('events.where')}</dt>
              <dd>
                {doc.venue ? (
                  <InLanguage as="span" pageLocale={locale} shownIn={shownIn}>
                    {doc.venue}
                  </InLanguage>
                ) : null}
                {related.office ? (
                  <>
                    {doc.venue ? ' · ' : null}
                    <a
                      href={hrefFor('offices', related.office.slug, locale)}
                      lang={related.office.isFallback ? related.office.locale : undefined}
                    >
                      {related.office.title}
                    </a>
                  </>
                ) : null}
              </dd>
            </div>
          ) : null}
          {doc.onlineLink ? (
            <div>
              <dt>{t('events.online')}</dt>
              <dd>
                <a href={doc.onlineLink}>{t('events.joinOnline')}</a>
              </dd>
            </div>
          ) : null}
        </dl>
        <p className="actions">
          <a className="button" href={feedHref.event(doc.slug ?? '', locale)} type="text/calendar" download>
            {t('events.addToCalendar')}
          </a>
          {doc.registrationLink ? (
            <a className="button secondary" href={doc.registrationLink}>
              {t('events.register')}
            </a>
          ) : null}
        </p>
        <InLanguage pageLocale={locale} shownIn={shownIn}>
          <RichText value={doc.description} />
        </InLanguage>
        <NamedLinks title={t('events.organisers')} items={doc.organisers} locale={locale} shownIn={shownIn} />
      </article>
      {hasRelated ? (
        <aside className="document-aside" aria-label={t('relatedContent')}>
          <RelatedLinks title={t('related.news')} links={related.news} collection="press-releases" locale={locale} />
          <RelatedLinks
            title={t('related.programmes')}
            links={related.programmes}
            collection="health-programmes"
            locale={locale}
          />
        </aside>
      ) : null}
    </>
  )
}
