/**
 * The site's cache tags, the one vocabulary shared by the read functions (which declare them next to
 * each fetch) and the revalidation hooks (which expire them after a change).
 *
 * - `collectionTag`: anything that lists a collection or shows one of its documents beside another
 *   (lists, home, feeds, sitemap, search, related items).
 * - `documentTag`: one document's own page, keyed by a slug it has in any locale: a lookup of a
 *   slug that does not exist yet is cached too, and expires when a document takes that slug.
 * - `globalTag`: the navigation and the site settings, shown on every page.
 * - `REDIRECTS_TAG`: where old addresses lead (lib/redirects), read only where a page would 404.
 */
import type { GlobalSlug } from 'payload'

import { contentCollectionSlugs, type ContentCollection } from '../../collections/registry'
import type { LocalizedCollection } from './localized'

export type TaggedCollection = ContentCollection

export function collectionTag(collection: TaggedCollection): string {
  return `collection:${collection}`
}

export function documentTag(collection: LocalizedCollection, slug: string): string {
  return `doc:${collection}:${slug}`
}

export function globalTag(slug: GlobalSlug): string {
  return `global:${slug}`
}

export const REDIRECTS_TAG = 'collection:redirects'

/** Tags to expire when a document changes: its collection, and its page under every slug it had or has. */
export function tagsForChange(collection: TaggedCollection, slugs: Iterable<string>): string[] {
  const tags = new Set([collectionTag(collection)])
  if (collection !== 'media') for (const slug of slugs) if (slug) tags.add(documentTag(collection, slug))
  return [...tags]
}

/**
 * Every tag of the site: its collections and globals. A document's page carries its collection's
 * tag too, so expiring these expires every page and every data read.
 */
export function siteTags(): string[] {
  return [...contentCollectionSlugs.map(collectionTag), globalTag('site'), globalTag('navigation'), REDIRECTS_TAG]
}
