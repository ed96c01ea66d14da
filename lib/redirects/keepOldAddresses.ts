/**
 * Keeps a published document's old addresses: when a save changes where visitors find it in any
 * language (its slug, or for pages its path), each earlier address gets a redirect to the document,
 * which the site follows to its current address (lib/redirects/resolve.ts). Read before the write
 * and after it, in every locale, so a change made in one language is seen in all: an untranslated
 * language lives under the original's slug, and moves with it.
 */
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import type { Redirect } from '../../payload-types'
import { isRoutedCollection, type RoutedCollection } from '../../collections/registry'
import { alternatesFrom, alternatesSelect, type Alternates, type AllLocalesDoc } from '../content/documents'
import { expireTags } from '../content/revalidate'
import { documentTag } from '../content/tags'
import { withRequestRestored } from '../editorial/sharedRequest'
import { localeCodes } from '../i18n/locales'
import { hrefFor } from '../site/routes'

const beforeKey = (collection: string, id: unknown) => `redirects:addressesBefore:${collection}:${String(id)}`

/** Where visitors find the document now in each locale; null when they cannot (never published, or unpublished). */
async function publishedAddresses(
  req: PayloadRequest,
  collection: RoutedCollection,
  id: number | string,
): Promise<Alternates | null> {
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    locale: 'all',
    select: { ...alternatesSelect(collection), _status: true },
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  // Offices saved before they had drafts have no status and are public (access/index.ts).
  const status = (doc as { _status?: string | null } | null)?._status
  if (!doc || status === 'draft') return null
  return alternatesFrom(collection, doc as unknown as AllLocalesDoc)
}

/** The addresses, per locale, that a change from `before` to `after` leaves behind. */
export function addressesLeft(collection: RoutedCollection, before: Alternates, after: Alternates): string[] {
  return localeCodes.flatMap((locale) =>
    before[locale] && before[locale] !== after[locale] ? [hrefFor(collection, before[locale], locale)] : [],
  )
}

async function recordRedirects(
  req: PayloadRequest,
  collection: RoutedCollection,
  id: number | string,
  left: string[],
  current: string[],
): Promise<void> {
  // One union member per collection in the generated type; the id is a number or a string by adapter.
  const document = { relationTo: collection, value: id } as NonNullable<Redirect['to']['document']>
  const to = { kind: 'document' as const, document }
  for (const from of left) {
    const existing = await req.payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      select: {},
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const data = { from, to, origin: 'slugChange' as const }
    if (existing.docs[0])
      await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data, overrideAccess: true, req })
    else await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req })
  }
  // A document back at an address it once left: that redirect is over (and would point at itself).
  await req.payload.delete({
    collection: 'redirects',
    where: { from: { in: current } },
    overrideAccess: true,
    req,
  })
}

/** Remembers where visitors found the document before a save that can change it (not a draft save). */
const rememberAddresses =
  (collection: RoutedCollection): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const id = (originalDoc as { id?: number | string } | undefined)?.id
    if (operation !== 'update' || id === undefined || (data as { _status?: string })._status === 'draft') return data
    const before = await withRequestRestored(req, () => publishedAddresses(req, collection, id))
    req.context[beforeKey(collection, id)] = before
    return data
  }

const redirectLeftAddresses =
  (collection: RoutedCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const before = req.context[beforeKey(collection, doc.id)] as Alternates | null | undefined
    delete req.context[beforeKey(collection, doc.id)]
    if (!before) return doc
    const after = await withRequestRestored(req, () => publishedAddresses(req, collection, doc.id))
    if (!after) return doc
    const left = addressesLeft(collection, before, after)
    if (left.length === 0) return doc
    const current = localeCodes.map((locale) => hrefFor(collection, after[locale], locale))
    await withRequestRestored(req, () => recordRedirects(req, collection, doc.id, left, current))
    // The old addresses' pages were cached as the document: expire them, so they redirect now
    // (a page's cache is keyed by the last segment of its path, lib/content/pages.ts).
    const slugs = localeCodes.map((locale) => before[locale].split('/').at(-1) ?? '').filter(Boolean)
    expireTags(
      [...new Set(slugs)].map((slug) => documentTag(collection, slug)),
      req,
    )
    return doc
  }

/** A routed collection whose published documents keep their old addresses; other collections unchanged. */
export function keepsOldAddresses(config: CollectionConfig): CollectionConfig {
  if (!isRoutedCollection(config.slug)) return config
  const hooks = config.hooks ?? {}
  return {
    ...config,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), rememberAddresses(config.slug)],
      afterChange: [...(hooks.afterChange ?? []), redirectLeftAddresses(config.slug)],
    },
  }
}
