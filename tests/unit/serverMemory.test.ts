/** The memory settings every production server starts with, unless the operator chose their own. */
import { expect, test } from '@jest/globals'

import {
  SERVER_MALLOC_ARENA_MAX,
  SERVER_NODE_OPTIONS,
  withServerMemorySettings,
} from '../../scripts/lib/serverMemory.mjs'

test('added to NODE_OPTIONS, after what was there', () => {
  expect(withServerMemorySettings({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe(
    ['--enable-source-maps', ...SERVER_NODE_OPTIONS].join(' '),
  )
  expect(withServerMemorySettings({ PORT: '3000' } as Record<string, string | undefined>).NODE_OPTIONS).toBe(
    SERVER_NODE_OPTIONS.join(' '),
  )
})

test('two malloc arenas, unless the operator chose a number', () => {
  expect(withServerMemorySettings({ PORT: '3000' } as Record<string, string | undefined>).MALLOC_ARENA_MAX).toBe(
    SERVER_MALLOC_ARENA_MAX,
  )
  expect(withServerMemorySettings({ MALLOC_ARENA_MAX: '4' }).MALLOC_ARENA_MAX).toBe('4')
  const allOptions: Record<string, string | undefined> = { NODE_OPTIONS: SERVER_NODE_OPTIONS.join(' ') }
  expect(withServerMemorySettings(allOptions).MALLOC_ARENA_MAX).toBe(SERVER_MALLOC_ARENA_MAX)
})

test('an operator’s own value of a setting is kept, not doubled; the others are added', () => {
  const own = {
    NODE_OPTIONS: '--max-semi-space-size=32 --max-old-space-size=1024',
    MALLOC_ARENA_MAX: '8',
    PORT: '3000',
  }
  expect(withServerMemorySettings(own)).toEqual(own)
  const oneOwn = withServerMemorySettings({ NODE_OPTIONS: '--max-semi-space-size=32' }).NODE_OPTIONS ?? ''
  expect(oneOwn.split(' ').filter((option) => option.startsWith('--max-semi-space-size'))).toEqual([
    '--max-semi-space-size=32',
  ])
  expect(oneOwn).toContain('--max-old-space-size=')
})
