import { expect, test } from '@jest/globals'

import { pageWindow } from '../../lib/site/pagination'

test('short lists link every page', () => {
  expect(pageWindow(1, 1)).toEqual([1])
  expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5])
})

test('long lists link the first, the last and the pages around the current one, with gaps', () => {
  expect(pageWindow(1, 10_000)).toEqual([1, 2, 3, 'gap', 10_000])
  expect(pageWindow(500, 10_000)).toEqual([1, 'gap', 498, 499, 500, 501, 502, 'gap', 10_000])
  expect(pageWindow(10_000, 10_000)).toEqual([1, 'gap', 9998, 9999, 10_000])
})

test('a gap of a single page shows that page instead of an ellipsis', () => {
  expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10])
})

test('a page outside the list is treated as its nearest end', () => {
  expect(pageWindow(50, 8)).toEqual([1, 'gap', 6, 7, 8])
})
