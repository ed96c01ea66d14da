import { describe, expect, test } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'

import { Pagination } from '@/components/common/Pagination'
import { NewsFilters } from '@/components/news/NewsFilters'
import { NewsList, type NewsItem } from '@/components/news/NewsList'
import { OfficeDirectory } from '@/components/offices/OfficeDirectory'
import { SearchResults } from '@/components/search/SearchResults'
import type { NewsFilterOptions } from '@/lib/content/newsFilterOptions'
import { newsListHref } from '@/lib/site/listPaths'
import type { SearchHit } from '@/lib/search/search'

function news(id: number, locale: NewsItem['locale'], title: string): NewsItem {
  return {
    doc: {
      id,
      title,
      slug: `slug-${id}`,
      summary: `Summary ${id}`,
      publishedDate: '2019-11-26T09:00:00.000Z',
      dateline: { city: 'Genève' },
    } as NewsItem['doc'],
    requested: 'ar',
    locale,
    isFallback: locale !== 'ar',
  }
}

describe('NewsList', () => {
  test('every item is shown, translated or not; untranslated ones marked with lang/dir and a tag', () => {
    render(<NewsList locale="ar" items={[news(1, 'ar', 'بيان'), news(2, 'fr', 'Communiqué')]} />)
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(within(items[0]).queryByText('باللغة الفرنسية')).toBeNull()
    expect(within(items[1]).getByText('باللغة الفرنسية')).toBeTruthy()
    const block = within(items[1]).getByRole('heading', { name: 'Communiqué' }).parentElement!
    expect([block.getAttribute('lang'), block.getAttribute('dir')]).toEqual(['fr', 'ltr'])
    expect(within(items[1]).getByRole('link').getAttribute('href')).toBe('/ar/news/slug-2')
    expect(within(items[0]).getByText('26 نوفمبر 2019', { exact: false })).toBeTruthy()
  })

  test('a release is dated where it is issued: 21:00 on 26 November in Lima is 27 November in UTC', () => {
    const lima = news(3, 'fr', 'Communiqué de Lima')
    lima.doc = { ...lima.doc, publishedDate: '2019-11-27T02:00:00.000Z', timeZone: 'America/Lima' }
    render(<NewsList locale="en" items={[lima]} />)
    expect(screen.getByText('26 November 2019')).toBeTruthy()
  })
})

describe('OfficeDirectory', () => {
  test('groups offices under their region, with kind, city and country in the page’s language', () => {
    const office = (id: number, region: 'global' | 'eea', kind: string, name: string) => ({
      doc: { id, name, slug: `o-${id}`, kind, city: 'Genève', country: 'CH', region },
      requested: 'es' as const,
      locale: 'es' as const,
      isFallback: false,
    })
    render(
      <OfficeDirectory
        locale="es"
        directory={{
          kind: 'offices',
          groups: [
            { region: 'global', offices: [office(1, 'global', 'headquarters', 'Sede')] },
            { region: 'eea', offices: [office(2, 'eea', 'country-office', 'Oficina')] },
          ],
        }}
      />,
    )
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual(['Mundial', 'Espacio Económico Europeo'])
    const metas = [...document.querySelectorAll('.office-list .meta')].map((m) => m.textContent)
    expect(metas).toEqual(['Sede · Genève, Suiza', 'Oficina en el país · Genève, Suiza'])
    expect(screen.getByRole('link', { name: 'Oficina' }).getAttribute('href')).toBe('/es/offices/o-2')
    // Each country links to its offices.
    expect(screen.getAllByRole('link', { name: 'Suiza' }).map((a) => a.getAttribute('href'))).toEqual([
      '/es/offices/country/ch',
      '/es/offices/country/ch',
    ])
  })

  test('past the directory’s size, the countries under their region, each linked to its offices', () => {
    render(
      <OfficeDirectory
        locale="ar"
        directory={{
          kind: 'countries',
          groups: [
            { region: 'global', countries: [{ code: 'CH', label: 'سويسرا' }] },
            {
              region: 'west-central-africa',
              countries: [
                { code: 'NE', label: 'النيجر' },
                { code: 'SN', label: 'السنغال' },
              ],
            },
          ],
        }}
      />,
    )
    const regions = screen.getAllByRole('region')
    expect(regions.map((r) => within(r).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'عالمي',
      'غرب ووسط أفريقيا',
    ])
    expect(
      within(regions[1])
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['النيجر', '/ar/offices/country/ne'],
      ['السنغال', '/ar/offices/country/sn'],
    ])
    expect(document.querySelector('.office-list')).toBeNull()
  })
})

describe('SearchResults', () => {
  const hit: SearchHit = {
    collection: 'press-releases',
    id: 1,
    title: 'Santé des migrants',
    titleMarks: [[0, 5]],
    slug: 'sante',
    text: 'La santé <script>alert(1)</script> des migrants, santé pour tous',
    textMarks: [
      [3, 8],
      [49, 54],
    ],
    date: '2019-11-26T09:00:00.000Z',
    timeZone: 'UTC',
    locale: 'fr',
    isFallback: true,
    score: 2,
  }

  test('marks the ranges the index found, as text (no markup injected)', () => {
    const { container } = render(<SearchResults locale="en" hits={[hit]} />)
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent)
    expect(marks).toEqual(['Santé', 'santé', 'santé'])
    expect(container.querySelector('script')).toBeNull()
    expect(container.textContent).toContain('<script>alert(1)</script>')
    expect(screen.getByText('Press release')).toBeTruthy()
    expect(screen.getByText('In French')).toBeTruthy()
    expect(screen.getByRole('link').getAttribute('href')).toBe('/en/news/sante')
  })

  test('an event found is dated in its own zone: 00:30 on 1 March in Nairobi, not 28 February', () => {
    const event: SearchHit = {
      ...hit,
      collection: 'events',
      date: '2027-02-28T21:30:00.000Z',
      timeZone: 'Africa/Nairobi',
    }
    render(<SearchResults locale="en" hits={[event]} />)
    expect(screen.getByText('1 March 2027')).toBeTruthy()
  })
})

describe('Pagination', () => {
  test('links every page, keeps the filters, marks the current one', () => {
    render(<Pagination locale="fr" href="/fr/news" page={2} totalPages={3} query={{ year: 2019 }} />)
    const nav = screen.getByRole('navigation', { name: 'Pages' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/fr/news?year=2019',
      '/fr/news?year=2019',
      '/fr/news?year=2019&page=2',
      '/fr/news?year=2019&page=3',
      '/fr/news?year=2019&page=3',
    ])
    expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe('2')
  })

  test('links the pages of a list whose pages are paths', () => {
    render(
      <Pagination locale="fr" page={1} totalPages={2} hrefOf={(p) => newsListHref('fr', { year: 2019, page: p })} />,
    )
    const links = within(screen.getByRole('navigation', { name: 'Pages' })).getAllByRole('link')
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/fr/news/year/2019',
      '/fr/news/year/2019/page/2',
      '/fr/news/year/2019/page/2',
    ])
  })

  test('a single page needs no pagination', () => {
    const { container } = render(<Pagination locale="en" href="/en/news" page={1} totalPages={1} />)
    expect(container.innerHTML).toBe('')
  })
})

describe('NewsFilters', () => {
  const options: NewsFilterOptions = {
    years: [2024],
    countries: [{ code: 'NE', label: 'النيجر' }],
    offices: [],
    officesNeedCountry: true,
    programmes: [],
  }
  const menu = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement

  test('with too many offices for one menu, the office menu asks for a country first', () => {
    render(<NewsFilters locale="ar" options={options} current={{}} />)
    expect([...menu('المكتب').options].map((o) => o.text)).toEqual(['الكل (اختر بلدًا لعرض مكاتبه)'])
    expect([...menu('البلد').options].map((o) => [o.value, o.text])).toEqual([
      ['', 'الكل'],
      ['ne', 'النيجر'],
    ])
  })

  test('once a country is chosen, its offices are listed and the chosen ones selected', () => {
    const niger = { ...options, offices: [{ id: 7, label: 'نيامي', country: 'NE' }] }
    render(<NewsFilters locale="ar" options={niger} current={{ country: 'NE', office: 7 }} />)
    expect([...menu('المكتب').options].map((o) => o.text)).toEqual(['الكل', 'نيامي'])
    expect([menu('البلد').value, menu('المكتب').value]).toEqual(['ne', '7'])
  })
})
