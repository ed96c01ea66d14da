import { routedCollections } from '../../collections/registry'
import { resolveRedirect } from '../redirects/resolve'
import { cached } from './cache'
import { payloadClient } from './payload'
import { collectionTag, REDIRECTS_TAG } from './tags'

/**
 * Where an address that has no page now leads (`/fr/news/ancien-titre` → `/fr/news/nouveau-titre`),
 * or null. Cached like a page: it expires when a redirect changes, and when any routed document is
 * published, since a redirect to a document leads to that document's current address.
 */
export const redirectTargetOf = cached(
  async (path: string): Promise<string | null> => {
    const resolution = await resolveRedirect(await payloadClient(), path)
    return resolution.loop ? null : (resolution.target ?? null)
  },
  'redirects:target',
  () => [REDIRECTS_TAG, ...routedCollections.map(collectionTag)],
  undefined,
  // Only an address that leads somewhere is kept: robots try endless ones that lead nowhere.
  (target) => target !== null,
)
