import { LogoMark } from '@/components/brand/LogoMark'
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher'
import type { Frame } from '@/lib/content/frame'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { documentSections as sections } from '@/collections/registry'
import { homeHref, sectionHref, type Section } from '@/lib/site/routes'

/** The organisation's mark and name, language switcher, search, the site's sections and the editors' menu (sub-menus open without script, one at a time; on phones the whole menu behind one toggle). */
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
  const { organisationName } = frame.site
  return (
    <header className="site-header">
      <div className="bar">
        <a
          className="brand"
          href={homeHref(locale)}
          lang={organisationName.locale === locale ? undefined : organisationName.locale}
        >
          <LogoMark size={44} className="brand-mark" />
          <span className="brand-name">{organisationName.text}</span>
        </a>
        <div className="tools">
          <form className="site-search" role="search" action={sectionHref('search', locale)} method="get">
            <label htmlFor="site-search-q" className="visually-hidden">
              {t('search.label')}
            </label>
            <input id="site-search-q" name="q" type="search" placeholder={t('search.placeholder')} maxLength={100} />
            <button type="submit">{t('search.submit')}</button>
          </form>
          <LanguageSwitcher locale={locale} hrefs={hrefs} />
        </div>
      </div>
      <div className="nav-row">
        {/* On phones the menu folds behind one toggle; wider screens show it open (site.css). No script. */}
        <details className="nav-toggle">
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
