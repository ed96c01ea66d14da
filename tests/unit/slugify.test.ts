import { describe, expect, test } from '@jest/globals'

import { isValidSlug, slugify } from '../../lib/text/slugify'

describe('slugify', () => {
  test.each([
    [
      'L’Organisation internationale pour les migrations ouvre mardi la 110ème session de son Conseil',
      'l-organisation-internationale-pour-les-migrations-ouvre-mardi-la-110eme-session',
    ],
    ['Bogotá: Türkiye & Ñandú', 'bogota-turkiye-nandu'],
    ['المنظمة الدولية للهجرة', 'lmndhmh-ldwlyh-llhjrh'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['Здравоохранение мигрантов', 'zdravookhranenie-migrantov'],
  ])('%p → %p', (title, expected) => {
    expect(slugify(title)).toBe(expected)
  })

  test('long titles are cut at a word boundary, at most 80 characters', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(isValidSlug(slug)).toBe(true)
  })

  test('only lower-case ASCII words joined by single hyphens are valid', () => {
    expect(isValidSlug('council-110')).toBe(true)
    for (const bad of ['Council', 'a--b', '-a', 'a-', '../etc/passwd', 'a b', 'é', '<script>'])
      expect(isValidSlug(bad)).toBe(false)
  })
})
