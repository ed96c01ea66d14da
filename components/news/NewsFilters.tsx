import type { NewsFilterOptions as Options } from '@/lib/content/newsFilterOptions'
import type { NewsFilters as Filters } from '@/lib/content/pressReleases'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { sectionHref } from '@/lib/site/routes'
import { themes } from '@/lib/reference/taxonomy'
import { escapeXml } from '@/lib/text/xml'

interface FilterOption {
  value: string | number
  label: string
}

/** The menu's options, the first ("All") clearing the filter, the current one selected. */
function optionsHtml(anyLabel: string, options: FilterOption[], value: string | number | undefined): string {
  const current = String(value ?? '')
  return [{ value: '', label: anyLabel }, ...options]
    .map((o) => {
      const selected = String(o.value) === current ? ' selected' : ''
      return `<option value="${escapeXml(String(o.value))}"${selected}>${escapeXml(o.label)}</option>`
    })
    .join('')
}

/**
 * One labelled filter. Its options are one piece of HTML rather than an element each: the office
 * menu has hundreds, and as React elements (each also a row of the page's RSC payload) 500 of them
 * cost 15–20 ms of every news list rendered after a publish (production server, N = 100,000: a page
 * 52–64 ms with them, 30–48 ms with 20). The page has no script: nothing hydrates the menu.
 */
function Filter({
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  name: string
  label: string
  anyLabel: string
  value: string | number | undefined
  options: FilterOption[]
}) {
  const id = `filter-${name}`
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} dangerouslySetInnerHTML={{ __html: optionsHtml(anyLabel, options, value) }} />
    </div>
  )
}

/**
 * Year, country, office, programme and theme filters: a plain GET form, no script. When there are
 * too many offices for one menu, the office menu lists the chosen country's (its first option says
 * so until a country is chosen). On phones it folds behind a toggle (a <details>, which needs no
 * script) so the first result stays above the fold; from 48rem it is always open (site.css).
 */
export function NewsFilters({ locale, options, current }: { locale: LocaleCode; options: Options; current: Filters }) {
  const t = translator(locale)
  const any = t('news.any')
  const active = [current.year, current.country, current.office, current.programme, current.theme].filter(
    (v) => v !== undefined,
  ).length
  const officeAny = options.officesNeedCountry && current.country === undefined ? t('news.officeAfterCountry') : any
  return (
    <details className="filters-toggle">
      <summary>
        {/* One text beside the chevron, so a long count wraps as a sentence, not as a column. */}
        <span>
          {t('news.filtersToggle')}
          {active > 0 ? <span className="filters-active"> · {t('news.filtersActive', { count: active })}</span> : null}
        </span>
      </summary>
      <form className="filters" action={sectionHref('news', locale)} method="get">
        <Filter
          name="year"
          label={t('news.year')}
          anyLabel={any}
          value={current.year}
          options={options.years.map((y) => ({ value: y, label: String(y) }))}
        />
        <Filter
          name="country"
          label={t('news.country')}
          anyLabel={any}
          value={current.country?.toLowerCase()}
          options={options.countries.map((c) => ({ value: c.code.toLowerCase(), label: c.label }))}
        />
        <Filter
          name="office"
          label={t('news.office')}
          anyLabel={officeAny}
          value={current.office}
          options={options.offices.map((o) => ({ value: o.id, label: o.label ?? '' }))}
        />
        <Filter
          name="programme"
          label={t('news.programme')}
          anyLabel={any}
          value={current.programme}
          options={options.programmes.map((p) => ({ value: p.id, label: p.label }))}
        />
        <Filter
          name="theme"
          label={t('news.theme')}
          anyLabel={any}
          value={current.theme}
          options={themes.map((th) => ({ value: th.value, label: th.label[locale] }))}
        />
        <button type="submit">{t('news.apply')}</button>
      </form>
    </details>
  )
}
