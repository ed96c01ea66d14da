import type { newsFilterOptions, NewsFilters as Filters } from '@/lib/content/pressReleases'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { sectionHref } from '@/lib/routes'
import { themes } from '@/lib/taxonomy'

type Options = Awaited<ReturnType<typeof newsFilterOptions>>

/** Year, office, programme and theme filters: a plain GET form, no script. */
export function NewsFilters({ locale, options, current }: { locale: LocaleCode; options: Options; current: Filters }) {
  const t = translator(locale)
  return (
    <form className="filters" action={sectionHref('news', locale)} method="get">
      <div>
        <label htmlFor="filter-year">{t('news.year')}</label>
        <select id="filter-year" name="year" defaultValue={current.year ?? ''}>
          <option value="">{t('news.any')}</option>
          {options.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-office">{t('news.office')}</label>
        <select id="filter-office" name="office" defaultValue={current.office ?? ''}>
          <option value="">{t('news.any')}</option>
          {options.offices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-programme">{t('news.programme')}</label>
        <select id="filter-programme" name="programme" defaultValue={current.programme ?? ''}>
          <option value="">{t('news.any')}</option>
          {options.programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-theme">{t('news.theme')}</label>
        <select id="filter-theme" name="theme" defaultValue={current.theme ?? ''}>
          <option value="">{t('news.any')}</option>
          {themes.map((theme) => (
            <option key={theme.value} value={theme.value}>
              {theme.label[locale]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('news.apply')}</button>
    </form>
  )
}
