import { describe, expect, test } from '@jest/globals'

import {
  formatTable,
  growthPercent,
  growthRatio,
  median,
  percentile,
  split,
  trendGrowthPercent,
} from '../../scripts/bench/stats'
import { headline, paragraphs, prng } from '../../scripts/bench/text'

describe('benchmark arithmetic', () => {
  test('percentiles by nearest rank, whatever the order of the samples', () => {
    const samples = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10]
    expect(percentile(samples, 50)).toBe(5)
    expect(percentile(samples, 90)).toBe(9)
    expect(percentile(samples, 99)).toBe(10)
    expect(percentile(samples, 0)).toBe(1)
    expect(median([3, 1, 2])).toBe(2)
    expect(percentile([], 50)).toBeNaN()
    expect(samples).toEqual([9, 1, 8, 2, 7, 3, 6, 4, 5, 10])
  })

  test('growth as a ratio and in percent; nothing to compare with gives NaN', () => {
    expect(growthRatio(20, 30)).toBe(1.5)
    expect(growthPercent(400, 440)).toBeCloseTo(10)
    expect(growthPercent(400, 380)).toBeCloseTo(-5)
    expect(growthRatio(0, 30)).toBeNaN()
    expect(growthRatio(Number.NaN, 30)).toBeNaN()
  })

  test('N press releases, N/2 events, N/20 offices', () => {
    expect(split(1000)).toEqual({ 'press-releases': 1000, events: 500, offices: 50 })
    expect(split(10)).toEqual({ 'press-releases': 10, events: 5, offices: 1 })
  })
})

describe('result table', () => {
  test('numbers right-aligned, text left-aligned, missing values as a dash', () => {
    const table = formatTable(
      ['page', 'req/s', 'p99 ms'],
      [
        ['home', 1234, 12.34],
        ['news-detail', 98, Number.NaN],
      ],
    )
    const lines = table.split('\n')
    expect(lines[0]).toBe('page         req/s  p99 ms')
    expect(lines[1]).toBe('-----------  -----  ------')
    expect(lines[2]).toBe('home          1234    12.3')
    expect(lines[3]).toBe('news-detail     98       –')
  })
})

describe('generated text', () => {
  test('the same seed gives the same text, another seed other text', () => {
    expect(headline('fr', prng(7))).toBe(headline('fr', prng(7)))
    expect(paragraphs('ar', prng(7), 3)).toEqual(paragraphs('ar', prng(7), 3))
    expect(paragraphs('en', prng(7), 3)).not.toEqual(paragraphs('en', prng(8), 3))
  })

  test('the generator spreads over [0, 1)', () => {
    const random = prng(42)
    const values = Array.from({ length: 1000 }, random)
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...values)).toBeLessThan(1)
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400)
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(600)
  })
})

test('memory growth over a soak run is read from its trend, not from one end-versus-start pair', () => {
  // A garbage-collection sawtooth around a flat level: a pair of samples swings by 20 % or more,
  // the trend is flat.
  const flat = [850, 700, 880, 690, 870, 690, 880, 700, 850]
  expect(Math.abs(growthPercent(flat[2], flat[3]))).toBeGreaterThan(20)
  expect(Math.abs(trendGrowthPercent(flat))).toBeLessThan(1)
  // A steady leak of 10 MB a minute from 500 MB over 10 samples: 90 MB, 18 %.
  expect(trendGrowthPercent(Array.from({ length: 10 }, (_, i) => 500 + 10 * i))).toBeCloseTo(18, 5)
  expect(trendGrowthPercent([500])).toBeNaN()
})
