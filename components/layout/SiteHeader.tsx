import { LogoMark } from '@/components/brand/LogoMark'
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher'
import type { Frame } from '@/lib/content/frame'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { documentSections as sections } from '@/collections/registry'
import { homeHref, sectionHref, type Section } from '@/lib/site/routes'

/**
 * The organisation's mark and name, search, language switcher, the site's sections and the editors'
 * menu (sub-menus open without script, one at a time). On phones everything but the mark folds behind
 * three buttons in one row — search, languages, menu — each a <details> (no script; one open at a
 * time, by their shared name); from 48rem all three are shown open and their buttons hidden (site.css).
 */
export function SiteHeader({
  locale,
  frame,
  hrefs,
  current,
}: {
  locale: LocaleCode
  frame: Frame
  hrefs: Record<LocaleCode, string>
  current?: Section
}) {
  const t = translator(locale)
  const { organisationName, shortName } = frame.site
  const langOf = (text: { locale: LocaleCode }) => (text.locale === locale ? undefined : text.locale)
  return (
    <header className="site-header">
      <div className="bar">
        <a className="brand" href={homeHref(locale)}>
          <LogoMark size={44} className="brand-mark" />
          <span className="brand-name" lang={langOf(organisationName)}>
            {organisationName.text}
          </span>
          {/* On phones the short name stands in (the full one is hidden there, so it is read once). */}
          {shortName ? (
            <span className="brand-short" lang={langOf(shortName)}>
              {shortName.text}
            </span>
          ) : null}
        </a>
        <div className="tools">
          <details className="fold fold-search" name="header-fold">
            <summary>
              <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2.2" />
                <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
              </svg>
              <span className="visually-hidden">{t('search.submit')}</span>
            </summary>
            <form className="site-search" role="search" action={sectionHref('search', locale)} method="get">
              <label htmlFor="site-search-q" className="visually-hidden">
                {t('search.label')}
              </label>
              <input id="site-search-q" name="q" type="search" placeholder={t('search.placeholder')} maxLength={100} />
              <button type="submit">{t('search.submit')}</button>
            </form>
          </details>
          <details className="fold fold-languages" name="header-fold">
            <summary>
              <span className="visually-hidden">{t('languages')} </span>
              <span className="fold-code">{locale.toUpperCase()}</span>
            </summary>
            <LanguageSwitcher locale={locale} hrefs={hrefs} />
          </details>
        </div>
        <details className="fold nav-toggle" name="header-fold">
          <summary>{t('menuToggle')}</summary>
          <nav className="main-nav" aria-label={t('mainMenu')}>
            <ul>
              {sections.map((section) => (
                <li key={section}>
                  <a href={sectionHref(section, locale)} aria-current={current === section ? 'page' : undefined}>
                    {t(`section.${section}`)}
                  </a>
                </li>
              ))}
              {frame.menu.header.map((entry) => (
                <li key={entry.href}>
                  <details name="main-menu">
                    <summary lang={entry.lang}>{entry.label}</summary>
                    <ul>
                      <li>
                        <a href={entry.href} lang={entry.lang}>
                          {entry.label}
                        </a>
                      </li>
                      {entry.children.map((child) => (
                        <li key={child.href}>
                          <a href={child.href} lang={child.lang}>
                            {child.label}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
          </nav>
        </details>
      </div>
    </header>
  )
}
