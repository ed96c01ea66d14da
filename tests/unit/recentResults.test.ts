import { describe, expect, it } from '@jest/globals'

import { recentResults } from '../../lib/search/recentResults'

describe('recentResults', () => {
  it('answers a known key without computing again', async () => {
    const memory = recentResults<number>(10)
    let computed = 0
    const compute = async () => ++computed
    expect(await memory.get('a', compute)).toBe(1)
    expect(await memory.get('a', compute)).toBe(1)
    expect(await memory.get('b', compute)).toBe(2)
    expect(computed).toBe(2)
  })

  it('keeps at most its size, dropping the least recently used', async () => {
    const memory = recentResults<string>(2)
    const computed: string[] = []
    const compute = (key: string) => async () => {
      computed.push(key)
      return key
    }
    await memory.get('a', compute('a'))
    await memory.get('b', compute('b'))
    await memory.get('a', compute('a')) // a is now the most recent
    await memory.get('c', compute('c')) // b goes
    expect(memory.size).toBe(2)
    await memory.get('a', compute('a'))
    await memory.get('b', compute('b'))
    expect(computed).toEqual(['a', 'b', 'c', 'b'])
  })

  it('shares one computation between requests that arrive together', async () => {
    const memory = recentResults<number>(10)
    let calls = 0
    let finish: (value: number) => void = () => undefined
    const compute = () => {
      calls++
      return new Promise<number>((resolve) => (finish = resolve))
    }
    const first = memory.get('q', compute)
    const second = memory.get('q', compute)
    finish(42)
    expect(await Promise.all([first, second])).toEqual([42, 42])
    expect(calls).toBe(1)
  })

  it('forgets a failed computation, so the next request tries again', async () => {
    const memory = recentResults<string>(10)
    await expect(memory.get('q', async () => Promise.reject(new Error('database busy')))).rejects.toThrow(
      'database busy',
    )
    expect(memory.size).toBe(0)
    expect(await memory.get('q', async () => 'fresh')).toBe('fresh')
  })
})
