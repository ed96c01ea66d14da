import type { LocaleCode } from '../i18n/locales'
import { cached } from './cache'
import { idsOf, linksTo, readBySlug } from './documents'
import { findLocalized } from './localized'
import { latestEventsOf } from './events'
import { mediaById } from './media'
import { payloadClient } from './payload'
import { latestReleasesOf } from './pressReleases'
import { cachedUnlessPreviewing } from './previewable'
import { collectionTag, documentTag } from './tags'
import type { Viewer } from './viewer'

const listSelect = { title: true, slug: true, summary: true, status: true, themes: true, period: true } as const

/** Every published programme, by title. */
export const listProgrammes = cached(
  async (locale: LocaleCode, limit: number) => {
    const payload = await payloadClient()
    return findLocalized(payload, { collection: 'health-programmes', locale, select: listSelect, sort: 'title', limit })
  },
  'programmes:list',
  () => [collectionTag('health-programmes')],
)

const detailSelect = {
  ...listSelect,
  body: true,
  heroImage: true,
  regions: true,
  countries: true,
  offices: true,
  partners: true,
  meta: true,
  updatedAt: true,
} as const

/**
 * One programme by slug, with its offices and the press releases and events that point to it.
 * A previewing editor gets the latest draft of the document itself, its related content as published.
 */
export const getProgramme = cachedUnlessPreviewing(
  async (viewer: Viewer, locale: LocaleCode, slug: string) => {
    const payload = await payloadClient()
    const lookup = await readBySlug(payload, 'health-programmes', locale, slug, detailSelect, viewer)
    if (lookup.status !== 'found') return { lookup, related: null }
    const doc = lookup.result.doc
    const [offices, news, events, image] = await Promise.all([
      linksTo(payload, 'offices', locale, idsOf(doc.offices)),
      latestReleasesOf(payload, locale, { programme: doc.id }, 10),
      latestEventsOf(payload, locale, doc.id, 10),
      mediaById(payload, locale, idsOf(doc.meta?.image ?? doc.heroImage)[0]),
    ])
    return { lookup, related: { offices, news, events, image } }
  },
  'programmes:detail',
  (_locale, slug) => [
    documentTag('health-programmes', slug),
    collectionTag('offices'),
    collectionTag('press-releases'),
    collectionTag('events'),
    collectionTag('media'),
  ],
)
