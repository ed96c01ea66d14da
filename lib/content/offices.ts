import type { LocaleCode } from '../i18n/locales'
import { regions, type Region } from '../reference/taxonomy'
import { cached } from './cache'
import { idsOf, linksTo, readBySlug } from './documents'
import { findLocalized, type Localized } from './localized'
import { payloadClient } from './payload'
import { latestReleasesOf } from './pressReleases'
import { cachedUnlessPreviewing } from './previewable'
import { collectionTag, documentTag } from './tags'
import type { Viewer } from './viewer'

const listSelect = { name: true, slug: true, kind: true, city: true, country: true, region: true } as const

type OfficeItem = Localized<{
  id: number
  name: string
  slug?: string | null
  kind: string
  city: string
  country: string
  region: Region
}>

/** Every office, grouped by the organisation's regions in their usual order; headquarters first within a region. */
export const officesByRegion = cached(
  async (locale: LocaleCode) => {
    const payload = await payloadClient()
    const page = await findLocalized(payload, {
      collection: 'offices',
      locale,
      select: listSelect,
      sort: 'name',
      limit: 1000,
    })
    const kindRank = (kind: string) => (kind === 'headquarters' ? 0 : kind === 'regional-office' ? 1 : 2)
    // Headquarters (the 'global' region) first, then the regions in their usual order.
    const ordered = [...regions].sort((a, b) => Number(b.value === 'global') - Number(a.value === 'global'))
    return ordered
      .map(({ value }) => ({
        region: value,
        offices: (page.items as OfficeItem[])
          .filter((o) => o.doc.region === value)
          .sort((a, b) => kindRank(a.doc.kind) - kindRank(b.doc.kind)),
      }))
      .filter((group) => group.offices.length > 0)
  },
  'offices:by-region',
  () => [collectionTag('offices')],
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
