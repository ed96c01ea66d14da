import { expect, test } from '@jest/globals'

import { cannotRevalidateHere } from '../../lib/content/cache'
import { isVisibleChange } from '../../lib/content/revalidate'
import { isSiteCacheToken, parseTags, SITE_CACHE_TOKEN_LIFETIME_MS, siteCacheToken } from '../../lib/content/siteCache'

test('only a token made from this deployment’s secret, for this body, lately, may expire the site cache', () => {
  const body = JSON.stringify({ tags: ['collection:press-releases'] })
  const now = 1_796_000_000_000
  const token = siteCacheToken(body, { secret: 'secret-a', now })
  expect(isSiteCacheToken(token, body, { secret: 'secret-a', now })).toBe(true)
  expect(isSiteCacheToken(token, body, { secret: 'secret-a', now: now + SITE_CACHE_TOKEN_LIFETIME_MS })).toBe(true)
  expect(isSiteCacheToken(token, body, { secret: 'secret-b', now })).toBe(false)
  expect(isSiteCacheToken(null, body, { secret: 'secret-a', now })).toBe(false)
  expect(isSiteCacheToken(token.slice(0, -1), body, { secret: 'secret-a', now })).toBe(false)
  // Replayed: for other tags, or after its lifetime.
  expect(isSiteCacheToken(token, JSON.stringify({ tags: ['global:site'] }), { secret: 'secret-a', now })).toBe(false)
  expect(isSiteCacheToken(token, body, { secret: 'secret-a', now: now + SITE_CACHE_TOKEN_LIFETIME_MS + 1 })).toBe(false)
  // Its time changed to look fresh: the signature no longer matches.
  const [, signature] = token.split('.')
  expect(isSiteCacheToken(`${now + 50_000}.${signature}`, body, { secret: 'secret-a', now: now + 100_000 })).toBe(false)
})

test('only short lists of the site’s own tags are accepted', () => {
  expect(parseTags({ tags: ['collection:press-releases', 'doc:events:council-2019', 'global:site'] })).toEqual([
    'collection:press-releases',
    'doc:events:council-2019',
    'global:site',
  ])
  for (const bad of [
    null,
    {},
    { tags: [] },
    { tags: 'collection:events' },
    { tags: ['_N_T_/en'] },
    { tags: ['doc:x y'] },
    { tags: Array(101).fill('global:site') },
  ])
    expect(parseTags(bad)).toBeNull()
})

test('revalidation refused by Next (outside a request, or inside a render as job runs are) is recognised; other errors are not', () => {
  expect(
    cannotRevalidateHere(new Error('Invariant: static generation store missing in revalidateTag collection:events')),
  ).toBe(true)
  expect(
    cannotRevalidateHere(
      new Error(
        'Route "/admin/[[...segments]]": `revalidateTag("collection:press-releases")` can\'t be called during render. Call it from a Server Action or Route Handler instead.',
      ),
    ),
  ).toBe(true)
  expect(cannotRevalidateHere(new Error('SQLITE_BUSY: database is locked'))).toBe(false)
  expect(cannotRevalidateHere("can't be called during render")).toBe(false)
})

test('a save changes what visitors see unless it only wrote a draft', () => {
  const draft = { _status: 'draft' as const }
  const published = { _status: 'published' as const }
  expect(isVisibleChange({ operation: 'create', draftOnly: undefined, doc: draft, previousDoc: undefined })).toBe(false)
  expect(isVisibleChange({ operation: 'create', draftOnly: undefined, doc: published, previousDoc: undefined })).toBe(
    true,
  )
  // An autosave of a published document: a version only.
  expect(isVisibleChange({ operation: 'update', draftOnly: true, doc: draft, previousDoc: published })).toBe(false)
  // Unpublishing after a one-language publish, whose newest version is a draft: draft to draft, yet visible.
  expect(isVisibleChange({ operation: 'update', draftOnly: false, doc: draft, previousDoc: draft })).toBe(true)
  // A version restore, whose arguments are not recorded: decided by the statuses.
  expect(isVisibleChange({ operation: 'update', draftOnly: undefined, doc: draft, previousDoc: draft })).toBe(false)
  expect(isVisibleChange({ operation: 'update', draftOnly: undefined, doc: published, previousDoc: draft })).toBe(true)
})
