import type { LocaleCode } from '../i18n/locales'
import { readBySlug, type DocumentLookup } from './documents'
import { findLocalized } from './localized'
import { payloadClient } from './payload'
import { cachedUnlessPreviewing } from './previewable'
import { collectionTag, documentTag } from './tags'
import type { Viewer } from './viewer'

const detailSelect = {
  title: true,
  slug: true,
  summary: true,
  body: true,
  breadcrumbs: true,
  meta: true,
  updatedAt: true,
} as const

/** A page's path: its breadcrumbs' last URL ("who-we-are/structure"). */
export function pathOf(breadcrumbs: { url?: string | null }[] | null | undefined): string | undefined {
  return breadcrumbs?.at(-1)?.url?.replace(/^\/+/, '') ?? undefined
}

/**
 * A nested page by its path. Slugs are unique per locale, so the last segment finds the page; a path
 * that is not the page's own (an old parent, a typo in between) answers 'moved' to the right one.
 * A previewing editor gets the page's latest draft, its subpages as published.
 */
export const getPageByPath = cachedUnlessPreviewing(
  async (viewer: Viewer, locale: LocaleCode, segments: string[]) => {
    const payload = await payloadClient()
    const slug = segments.at(-1) ?? ''
    const lookup = await readBySlug(payload, 'pages', locale, slug, detailSelect, viewer)
    if (lookup.status !== 'found') return { lookup: lookup as DocumentLookup<never>, children: [] }
    const own = pathOf(lookup.result.doc.breadcrumbs)
    const asked = segments.join('/')
    if (own && own !== asked) return { lookup: { status: 'moved' as const, slug: own }, children: [] }
    const children = await findLocalized(payload, {
      collection: 'pages',
      locale,
      select: { title: true, slug: true, summary: true, breadcrumbs: true },
      where: { parent: { equals: lookup.result.doc.id } },
      sort: 'title',
      limit: 100,
    })
    return { lookup, children: children.items }
  },
  'pages:by-path',
  (_locale, segments) => [documentTag('pages', segments.at(-1) ?? ''), collectionTag('pages')],
)
