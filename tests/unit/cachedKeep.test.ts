/**
 * `cached` keeps in Next's data cache only what is worth keeping (lib/content/cache.ts): the lookup of
 * an address with nothing at it is answered but not stored. Next's `unstable_cache` is replaced by a
 * store with its contract (it keeps what the function returns, never what it throws), the edge we do
 * not own; on the production server, unknown addresses leave no entry (checked by hand, session 10).
 */
import { beforeAll, describe, expect, jest, test } from '@jest/globals'

import type { cached as Cached } from '../../lib/content/cache'

const stored = new Map<string, unknown>()

jest.unstable_mockModule('next/cache', () => ({
  unstable_cache:
    <T>(read: () => Promise<T>, keyParts: string[]) =>
    async (): Promise<T> => {
      const key = JSON.stringify(keyParts)
      if (stored.has(key)) return stored.get(key) as T
      const value = await read()
      stored.set(key, value)
      return value
    },
}))

let cached: typeof Cached
beforeAll(async () => {
  ;({ cached } = await import('../../lib/content/cache'))
})

describe('cached, with what to keep', () => {
  test('answers every read, keeps only those worth keeping', async () => {
    let reads = 0
    const lookUp = cached(
      async (slug: string) => {
        reads++
        return { lookup: { status: slug.startsWith('no-') ? 'not-found' : 'found' } }
      },
      'test:lookup',
      () => ['collection:test'],
      undefined,
      (result) => result.lookup.status !== 'not-found',
    )
    expect(await lookUp('no-such-release')).toEqual({ lookup: { status: 'not-found' } })
    expect(await lookUp('no-such-release')).toEqual({ lookup: { status: 'not-found' } })
    expect(await lookUp('a-release')).toEqual({ lookup: { status: 'found' } })
    expect(await lookUp('a-release')).toEqual({ lookup: { status: 'found' } })
    // The missing one read each time, never stored; the found one read once.
    expect(reads).toBe(3)
    expect([...stored.keys()].filter((key) => key.includes('no-such-release'))).toEqual([])
    expect([...stored.keys()].filter((key) => key.includes('a-release'))).toHaveLength(1)
  })

  test('an error of the read itself still reaches the caller', async () => {
    const failing = cached(
      async () => {
        throw new Error('database unavailable')
      },
      'test:failing',
      () => [],
      undefined,
      () => true,
    )
    await expect(failing()).rejects.toThrow('database unavailable')
  })
})
