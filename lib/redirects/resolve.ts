/**
 * Where an old address leads now. A redirect points either at a document — then at the document's
 * current address in the old address's language, so a slug changed twice (A→B→C) sends A straight
 * to C — or at another address, followed while that address is itself redirected, so a chain of
 * hand-made redirects collapses too. A loop or a document visitors cannot see answers nothing (the
 * caller's 404).
 */
import type { CollectionSlug, Payload } from 'payload'

import { isRoutedCollection, type RoutedCollection } from '../../collections/registry'
import { alternatesFrom, alternatesSelect, type AllLocalesDoc } from '../content/documents'
import type { LocaleCode } from '../i18n/locales'
import { hrefFor } from '../site/routes'
import { parseSitePath } from './paths'

/** More hops than any editor makes on purpose; past it the chain is treated as a loop. */
const MAX_HOPS = 10

export interface RedirectTarget {
  kind?: 'document' | 'address' | null
  document?: { relationTo: string; value: number | string | { id: number | string } } | null
  address?: string | null
}

/** The stored redirect from `path`, or undefined. Redirects are staff-only in the API; the site reads the target only. */
export async function redirectFrom(payload: Payload, path: string): Promise<RedirectTarget | undefined> {
  const found = await payload.find({
    collection: 'redirects',
    where: { from: { equals: path } },
    select: { to: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs[0]?.to as RedirectTarget | undefined
}

/** A published document's address in `locale`, as a visitor reaches it; undefined when visitors cannot see it. */
async function currentAddress(
  payload: Payload,
  collection: RoutedCollection,
  id: number | string,
  locale: LocaleCode,
): Promise<string | undefined> {
  const doc = await payload.findByID({
    collection: collection as CollectionSlug,
    id,
    locale: 'all',
    select: alternatesSelect(collection),
    depth: 0,
    draft: false,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!doc) return undefined
  const key = alternatesFrom(collection, doc as unknown as AllLocalesDoc)[locale]
  return key ? hrefFor(collection, key, locale) : undefined
}

/** One hop: the address a redirect names, for a visitor who asked in `locale`. */
export async function targetOf(payload: Payload, to: RedirectTarget, locale: LocaleCode): Promise<string | undefined> {
  if (to.kind === 'address') return to.address?.trim() || undefined
  const ref = to.document
  if (!ref || !isRoutedCollection(ref.relationTo)) return undefined
  const id = typeof ref.value === 'object' ? ref.value.id : ref.value
  return currentAddress(payload, ref.relationTo, id, locale)
}

/** Where a chain of redirects ends: its addresses in order, the final one, or a loop. */
export interface Resolution {
  chain: string[]
  /** The final address; undefined when the chain leads nowhere visitors can go. */
  target?: string
  loop: boolean
}

/**
 * The final address `path` leads to, following redirects hop by hop. `first` is the redirect to
 * start from when it is not stored yet (the loop check of a redirect being saved).
 */
export async function resolveRedirect(payload: Payload, path: string, first?: RedirectTarget): Promise<Resolution> {
  const chain = [path]
  let redirect = first ?? (await redirectFrom(payload, path))
  let target: string | undefined
  for (let hop = 0; redirect; hop++) {
    if (hop === MAX_HOPS) return { chain, loop: true }
    const at = parseSitePath(chain.at(-1))
    target = at ? await targetOf(payload, redirect, at.locale) : undefined
    // A document's address is current by construction: only an address may be redirected again.
    const next = redirect.kind === 'address' ? parseSitePath(target) : null
    if (!target || !next) break
    target = next.path
    if (chain.includes(next.path)) return { chain: [...chain, next.path], loop: true }
    chain.push(next.path)
    redirect = await redirectFrom(payload, next.path)
  }
  return { chain, target, loop: false }
}
