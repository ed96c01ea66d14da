import { describe, expect, test } from '@jest/globals'

import { negotiateLocale } from '../../lib/i18n/negotiate'

describe('negotiateLocale', () => {
  test.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
    ['de-DE, es;q=0.5, fr;q=0.4', 'es'],
    ['ar-EG', 'ar'],
    ['en;q=0.2, ar;q=0.9', 'ar'],
    ['fr;q=0, es', 'es'],
    ['de, it', 'en'],
    ['*', 'en'],
    ['garbage;;;q=x, es-419', 'es'],
  ])('%p → %p', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})
