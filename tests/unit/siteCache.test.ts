import { expect, test } from '@jest/globals'

import { cannotRevalidateHere } from '../../lib/content/cache'
import { isVisibleChange } from '../../lib/content/revalidate'
import { isSiteCacheToken, parseTags, siteCacheToken } from '../../lib/content/siteCache'

test('only a token made from this deployment’s secret may expire the site cache', () => {
  const token = siteCacheToken('secret-a')
  expect(isSiteCacheToken(token, 'secret-a')).toBe(true)
  expect(isSiteCacheToken(token, 'secret-b')).toBe(false)
  expect(isSiteCacheToken(null, 'secret-a')).toBe(false)
  expect(isSiteCacheToken(token.slice(1), 'secret-a')).toBe(false)
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
