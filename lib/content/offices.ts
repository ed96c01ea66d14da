import type { Payload } from 'payload'

import { localeDefinition, type LocaleCode } from '../i18n/locales'
import { countryName } from '../reference/countries'
import { regions, type Region } from '../reference/taxonomy'
import { cached } from './cache'
import { idsOf, linksTo, readBySlug } from './documents'
import { findLocalized, type Localized } from './localized'
import { payloadClient } from './payload'
import { countriesWithReleases } from './releaseCountries'
import { latestReleasesOf } from './pressReleases'
import { cachedUnlessPreviewing } from './previewable'
import { collectionTag, documentTag } from './tags'
import type { Viewer } from './viewer'

const listSelect = { name: true, slug: true, kind: true, city: true, country: true, region: true } as const

export type OfficeItem = Localized<{
  id: number
  name: string
  slug?: string | null
  kind: string
  city: string
  country: string
  region: Region
}>

/**
 * The directory lists every office while there are at most this many; past it, the countries with
 * offices, each linking to its own page (IOM has about 590 offices; at N = 100,000 the benchmark's
 * database has 5,010). Both bound the page, and every office stays one link away.
 */
export const OFFICE_DIRECTORY_SIZE = 300

/** The most offices a country's page lists (no country has near as many). */
const OFFICES_PER_COUNTRY = 1000

/** The regions in their usual order, headquarters (the 'global' region) first. */
const regionOrder = [...regions].sort((a, b) => Number(b.value === 'global') - Number(a.value === 'global'))

const kindRank = (kind: string) => (kind === 'headquarters' ? 0 : kind === 'regional-office' ? 1 : 2)

/** Headquarters, then regional offices, then the others; by the name shown, in the visitor's language's order. */
function officeOrder(locale: LocaleCode) {
  const collator = new Intl.Collator(localeDefinition(locale).intl)
  return (a: OfficeItem, b: OfficeItem) =>
    kindRank(a.doc.kind) - kindRank(b.doc.kind) || collator.compare(a.doc.name, b.doc.name)
}

export interface DirectoryCountry {
  code: string
  label: string
}

export type OfficeDirectory =
  | { kind: 'offices'; groups: { region: Region; offices: OfficeItem[] }[] }
  | { kind: 'countries'; groups: { region: Region; countries: DirectoryCountry[] }[] }

/** The directory read directly (officeDirectory is its cached form); `size` as OFFICE_DIRECTORY_SIZE. */
export async function readOfficeDirectory(
  payload: Payload,
  locale: LocaleCode,
  size: number,
): Promise<OfficeDirectory> {
  const { totalDocs } = await payload.count({ collection: 'offices', overrideAccess: false })
  if (totalDocs <= size) {
    // Ordered here by the name shown (officeOrder); by id there, which needs no join of the names.
    const page = await findLocalized(payload, {
      collection: 'offices',
      locale,
      select: listSelect,
      sort: 'id',
      limit: size,
    })
    const offices = (page.items as OfficeItem[]).sort(officeOrder(locale))
    const groups = regionOrder.map(({ value }) => ({
      region: value,
      offices: offices.filter((o) => o.doc.region === value),
    }))
    return { kind: 'offices', groups: groups.filter((group) => group.offices.length > 0) }
  }
  // One distinct read per region: the countries of the offices visitors see there.
  const intl = localeDefinition(locale).intl
  const collator = new Intl.Collator(intl)
  const groups = await Promise.all(
    regionOrder.map(async ({ value }) => {
      const found = await payload.findDistinct({
        collection: 'offices',
        field: 'country',
        where: { region: { equals: value } },
        overrideAccess: false,
      })
      const countries = found.values
        .map((row) => ({ code: String(row.country), label: countryName(String(row.country), intl) }))
        .sort((a, b) => collator.compare(a.label, b.label))
      return { region: value, countries }
    }),
  )
  return { kind: 'countries', groups: groups.filter((group) => group.countries.length > 0) }
}

/** The offices page: every office by region, or past OFFICE_DIRECTORY_SIZE the countries by region. */
export const officeDirectory = cached(
  async (locale: LocaleCode) => readOfficeDirectory(await payloadClient(), locale, OFFICE_DIRECTORY_SIZE),
  'offices:directory',
  () => [collectionTag('offices')],
)

/** A country's offices (`code` in capitals), headquarters and regional offices first; none for a country without. */
export const officesInCountry = cached(
  async (locale: LocaleCode, code: string) => {
    const payload = await payloadClient()
    const page = await findLocalized(payload, {
      collection: 'offices',
      locale,
      select: listSelect,
      where: { country: { equals: code } },
      // Ordered here by the name shown (officeOrder); by id there, which needs no join of the names.
      sort: 'id',
      limit: OFFICES_PER_COUNTRY,
    })
    return (page.items as OfficeItem[]).sort(officeOrder(locale))
  },
  'offices:country',
  () => [collectionTag('offices')],
)

/** Whether the news list has a country (`code` in capitals): its offices' page links there if so. */
export const countryHasNews = cached(
  async (code: string) => (await countriesWithReleases(await payloadClient(), [code])).length > 0,
  'offices:country-news',
  () => [collectionTag('press-releases'), collectionTag('offices')],
)

const detailSelect = {
  name: true,
  slug: true,
  kind: true,
  region: true,
  city: true,
  country: true,
  parent: true,
  address: true,
  latitude: true,
  longitude: true,
  timeZone: true,
  phone: true,
  email: true,
  description: true,
  headOfOffice: true,
} as const

/**
 * One office by slug, with the office it reports to, the offices reporting to it and its latest news.
 * Offices have no drafts: a preview shows the office as saved, read past the cache like other previews.
 */
export const getOffice = cachedUnlessPreviewing(
  async (viewer: Viewer, locale: LocaleCode, slug: string) => {
    const payload = await payloadClient()
    const lookup = await readBySlug(payload, 'offices', locale, slug, detailSelect, viewer)
    if (lookup.status !== 'found') return { lookup, related: null }
    const id = lookup.result.doc.id
    const [parent, children, news] = await Promise.all([
      linksTo(payload, 'offices', locale, idsOf(lookup.result.doc.parent)),
      findLocalized(payload, {
        collection: 'offices',
        locale,
        select: { name: true, slug: true },
        where: { parent: { equals: id } },
        sort: 'name',
        limit: 100,
      }),
      latestReleasesOf(payload, locale, { office: id }, 5),
    ])
    return { lookup, related: { parent: parent[0] ?? null, children: children.items, news } }
  },
  'offices:detail',
  (_locale, slug) => [documentTag('offices', slug), collectionTag('offices'), collectionTag('press-releases')],
)
