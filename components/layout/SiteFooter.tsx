import type { Frame } from '@/lib/content/frame'
import { LocalizedText as Text } from '@/components/i18n/LocalizedText'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { feedHref, sectionHref } from '@/lib/site/routes'

/** Who we are, how to reach us, the footer menu and the feeds. */
export function SiteFooter({ locale, frame }: { locale: LocaleCode; frame: Frame }) {
  const t = translator(locale)
  const { site, menu } = frame
  return (
    <footer className="site-footer">
      <div className="footer-grid">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about">{t('footer.about')}</h2>
          {site.tagline ? <Text value={site.tagline} locale={locale} /> : null}
          {site.whoWeAre ? <Text value={site.whoWeAre} locale={locale} /> : null}
        </section>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">{t('footer.contact')}</h2>
          {site.address ? <Text value={site.address} locale={locale} /> : null}
          {site.email ? (
            <p>
              <a href={`mailto:${site.email}`}>{site.email}</a>
            </p>
          ) : null}
          {site.phone ? (
            <p>
              <a href={`tel:${site.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
                {site.phone}
              </a>
            </p>
          ) : null}
          <p>
            <a href={sectionHref('offices', locale)}>{t('footer.allOffices')}</a>
          </p>
        </section>
        <section aria-labelledby="footer-follow">
          <h2 id="footer-follow">{t('footer.follow')}</h2>
          <ul>
            <li>
              <a href={feedHref.news(locale)} type="application/rss+xml">
                {t('footer.newsFeed')}
              </a>
            </li>
            <li>
              <a href={feedHref.eventsCalendar(locale)} type="text/calendar">
                {t('footer.eventsCalendar')}
              </a>
            </li>
            {menu.footer.map((link) => (
              <li key={link.href}>
                <a href={link.href} lang={link.lang}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <p className="legal">
        © <Text as="span" value={site.organisationName} locale={locale} />
      </p>
    </footer>
  )
}
