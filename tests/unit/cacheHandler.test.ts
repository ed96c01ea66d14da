/**
 * lib/cache/cacheHandler.mjs chooses Next's cache when the server starts: the Docker image is built
 * without REDIS_URL (Next's standalone output keeps next.config.ts's values from the build) and must
 * still share its cache in Redis when a replica starts with REDIS_URL. Each case loads the module in a
 * fresh Node process with its own environment, as a server would.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'

const HANDLER = path.join(process.cwd(), 'lib/cache/cacheHandler.mjs')

/** The chosen handler's class chain (names), and the memory part of Next's file cache once it is created. */
function chosen(env: Record<string, string>): { chain: string[]; memoryBytes?: number } {
  const probe = `
    const { default: Handler } = await import(${JSON.stringify(HANDLER)})
    const chain = []
    for (let c = Handler; c && c.name; c = Object.getPrototypeOf(c)) chain.push(c.name)
    let memoryBytes
    if (chain.includes('FileSystemCache')) {
      // Next hands every handler its own setting, 0 (next.config.ts): the local handler keeps 16 MB anyway.
      new Handler({ maxMemoryCacheSize: 0, serverDistDir: '/nowhere', revalidatedTags: [] })
      memoryBytes = Object.getPrototypeOf(Handler).memoryCache?.maxSize
    }
    console.log(JSON.stringify({ chain, memoryBytes }))`
  const { REDIS_URL: _redis, NEXT_PHASE: _phase, ...inherited } = process.env
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  })
  if (result.status !== 0) throw new Error(`the handler did not load: ${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { chain: string[]; memoryBytes?: number }
}

describe("Next's cache, chosen when the server starts", () => {
  test("without REDIS_URL: Next's own cache on disk, 16 MB of it in memory", () => {
    const { chain, memoryBytes } = chosen({})
    expect(chain).toEqual(['WithoutClientRuntime', 'WithRenderedStatus', 'LocalCacheHandler', 'FileSystemCache'])
    expect(memoryBytes).toBe(16 * 1024 * 1024)
  })

  test('with REDIS_URL: the cache shared in Redis, though the build had none', () => {
    expect(chosen({ REDIS_URL: 'redis://127.0.0.1:9' }).chain.slice(0, 3)).toEqual([
      'WithoutClientRuntime',
      'WithRenderedStatus',
      'SharedCacheHandler',
    ])
  })

  test("while building, Next's own even with REDIS_URL (the build's database is a throwaway)", () => {
    const { chain } = chosen({ REDIS_URL: 'redis://127.0.0.1:9', NEXT_PHASE: 'phase-production-build' })
    expect(chain[2]).toBe('LocalCacheHandler')
  })
})
