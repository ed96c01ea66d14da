import { Picture } from '@/components/common/Picture'
import { RelatedLinks } from '@/components/common/RelatedLinks'
import { RichText } from '@/components/common/RichText'
import { FallbackNotice } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import type { getPressRelease } from '@/lib/content/pressReleases'
import { formatDate } from '@/lib/time/format'
import { opensWith } from '@/lib/text/richText'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { sectionHref } from '@/lib/site/routes'
import { labelOf, themes } from '@/lib/reference/taxonomy'

type Loaded = Awaited<ReturnType<typeof getPressRelease>>
export type PressReleaseView = Extract<Loaded['lookup'], { status: 'found' }>['result']
export type PressReleaseRelated = NonNullable<Loaded['related']>

/** A press release: notice if shown in its source language, then title, date and dateline, image, body, contacts and related content. */
export function PressReleaseArticle({
  locale,
  view,
  related,
}: {
  locale: LocaleCode
  view: PressReleaseView
  related: PressReleaseRelated
}) {
  const t = translator(locale)
  const { doc, locale: shownIn, isFallback } = view
  /** No empty landmark: the aside only when there is something related. */
  const hasRelated =
    (doc.contacts?.length ?? 0) +
      related.offices.length +
      related.programmes.length +
      related.events.length +
      (doc.themes?.length ?? 0) >
    0
  const officeName = new Map(related.offices.map((o) => [o.id, o]))
  return (
    <>
      <nav className="crumbs" aria-label={t('breadcrumbs')}>
        <a href={sectionHref('news', locale)}>{t('section.news')}</a>
      </nav>
      {isFallback ? <FallbackNotice locale={locale} shownIn={shownIn} /> : null}
      <article className="document">
        <header className="document-header">
          <p className="kicker">
            {t('news.pressRelease')} ·{' '}
            <time dateTime={doc.publishedDate}>{formatDate(doc.publishedDate, locale, doc.timeZone ?? undefined)}</time>
          </p>
          <InLanguage pageLocale={locale} shownIn={shownIn}>
            <h1>{doc.title}</h1>
            {doc.summary && !opensWith(doc.body, doc.summary) ? <p className="lede">{doc.summary}</p> : null}
          </InLanguage>
        </header>
        {related.image ? <Picture image={related.image} locale={locale} priority /> : null}
        <InLanguage pageLocale={locale} shownIn={shownIn}>
          <RichText
            value={doc.body}
            lead={doc.dateline?.city ? <span className="dateline-lead">{doc.dateline.city} –</span> : undefined}
          />
        </InLanguage>
      </article>
      {hasRelated ? (
        <aside className="document-aside" aria-label={t('relatedContent')}>
          {doc.contacts?.length ? (
            <section className="related">
              <h2>{t('news.contacts')}</h2>
              <ul className="contacts">
                {doc.contacts.map((contact, i) => {
                  const office = typeof contact.office === 'number' ? officeName.get(contact.office) : undefined
                  return (
                    <li key={contact.id ?? i}>
                      {contact.name ? <strong>{contact.name}</strong> : null}
                      {office ? <span lang={office.isFallback ? office.locale : undefined}>{office.title}</span> : null}
                      {contact.phone ? (
                        <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
                          {contact.phone}
                        </a>
                      ) : null}
                      {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
                    </li>
                  )
                })}
              </ul>
            </section>
          ) : null}
          <RelatedLinks title={t('related.offices')} links={related.offices} collection="offices" locale={locale} />
          <RelatedLinks
            title={t('related.programmes')}
            links={related.programmes}
            collection="health-programmes"
            locale={locale}
          />
          <RelatedLinks title={t('related.events')} links={related.events} collection="events" locale={locale} />
          {doc.themes?.length ? (
            <section className="related">
              <h2>{t('news.themes')}</h2>
              <ul className="chips">
                {doc.themes.map((value) => (
                  <li key={value}>
                    <a href={`${sectionHref('news', locale)}?theme=${value}`}>{labelOf(themes, value, locale)}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      ) : null}
    </>
  )
}
