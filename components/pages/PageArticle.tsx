import { DocLink } from '@/components/common/DocLink'
import { RichText } from '@/components/common/RichText'
import { FallbackNotice } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import type { getPageByPath } from '@/lib/content/pages'
import { pathOf } from '@/lib/content/pages'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { hrefFor } from '@/lib/site/routes'

type Loaded = Awaited<ReturnType<typeof getPageByPath>>
export type PageView = Extract<Loaded['lookup'], { status: 'found' }>['result']
export type PageChildren = Loaded['children']

/** A page of the site: its breadcrumbs, text and the pages under it. */
export function PageArticle({
  locale,
  view,
  subpages,
}: {
  locale: LocaleCode
  view: PageView
  subpages: PageChildren
}) {
  const t = translator(locale)
  const { doc, locale: shownIn, isFallback } = view
  const trail = (doc.breadcrumbs ?? []).slice(0, -1)
  return (
    <>
      {trail.length ? (
        <nav className="crumbs" aria-label={t('breadcrumbs')}>
          <InLanguage as="span" pageLocale={locale} shownIn={shownIn}>
            {trail.map((crumb, i) => (
              <span key={crumb.id ?? i}>
                {i > 0 ? ' › ' : null}
                <a href={hrefFor('pages', crumb.url ?? '', locale)}>{crumb.label}</a>
              </span>
            ))}
          </InLanguage>
        </nav>
      ) : null}
      {isFallback ? <FallbackNotice locale={locale} shownIn={shownIn} /> : null}
      <article className="document">
        <InLanguage pageLocale={locale} shownIn={shownIn}>
          <header className="document-header">
            <h1>{doc.title}</h1>
            {doc.summary && !doc.body ? <p className="lede">{doc.summary}</p> : null}
          </header>
          <RichText value={doc.body} />
        </InLanguage>
      </article>
      {subpages.length ? (
        <nav className="subpages" aria-label={t('pages.inThisSection')}>
          <h2>{t('pages.inThisSection')}</h2>
          <ul className="cards">
            {subpages.map((p) => (
              <li key={p.doc.id} className="card">
                <DocLink
                  collection="pages"
                  slug={pathOf(p.doc.breadcrumbs) ?? p.doc.slug}
                  title={p.doc.title}
                  locale={locale}
                  shownIn={p.locale}
                />
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  )
}
