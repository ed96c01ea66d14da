import { LocalizedText } from '@/components/i18n/LocalizedText'
import type { SiteFrame } from '@/lib/content/site'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { sectionHref } from '@/lib/site/routes'

/** The home page's opening: the organisation, its mission in a sentence, and where to start. */
export function HomeIntro({ locale, site }: { locale: LocaleCode; site: SiteFrame }) {
  const t = translator(locale)
  return (
    <section className="home-intro" aria-labelledby="home-title">
      <LocalizedText as="h1" id="home-title" value={site.organisationName} locale={locale} />
      {site.tagline ? <LocalizedText value={site.tagline} locale={locale} /> : null}
      {site.whoWeAre ? <LocalizedText value={site.whoWeAre} locale={locale} /> : null}
      <p className="actions">
        <a className="button" href={sectionHref('news', locale)}>
          {t('section.news')}
        </a>
        <a className="button secondary" href={sectionHref('offices', locale)}>
          {t('section.offices')}
        </a>
      </p>
    </section>
  )
}
