/** The memory settings every production server starts with, unless the operator chose their own. */
import { expect, test } from '@jest/globals'

import { SERVER_NODE_OPTIONS, withServerMemorySettings } from '../../scripts/lib/serverMemory.mjs'

test('added to NODE_OPTIONS, after what was there', () => {
  expect(withServerMemorySettings({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe(
    ['--enable-source-maps', ...SERVER_NODE_OPTIONS].join(' '),
  )
  expect(withServerMemorySettings({ PORT: '3000' } as Record<string, string | undefined>).NODE_OPTIONS).toBe(
    SERVER_NODE_OPTIONS.join(' '),
  )
})

test('an operator’s own value of a setting is kept, not doubled; the others are added', () => {
  const own = { NODE_OPTIONS: '--max-semi-space-size=32 --max-old-space-size=1024', PORT: '3000' }
  expect(withServerMemorySettings(own)).toEqual(own)
  const oneOwn = withServerMemorySettings({ NODE_OPTIONS: '--max-semi-space-size=32' }).NODE_OPTIONS ?? ''
  expect(oneOwn.split(' ').filter((option) => option.startsWith('--max-semi-space-size'))).toEqual([
    '--max-semi-space-size=32',
  ])
  expect(oneOwn).toContain('--max-old-space-size=')
})
