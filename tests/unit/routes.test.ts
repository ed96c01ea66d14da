import { expect, test } from '@jest/globals'

import { documentHrefs, hrefFor, intParam, isSlugLike, withQuery } from '../../lib/site/routes'
import { collectionTag, documentTag, tagsForChange } from '../../lib/content/tags'
import { normaliseQuery } from '../../lib/search/search'
import { excerpt as excerptOf } from '../../lib/search/snippet'
import { eventTime, utcOffsetLabel } from '../../lib/time/format'
import { sitePath } from '../../lib/content/media'

test('every document has one address per locale', () => {
  expect(hrefFor('press-releases', 'council', 'fr')).toBe('/fr/news/council')
  expect(hrefFor('health-programmes', 'hiv', 'ar')).toBe('/ar/programmes/hiv')
  expect(hrefFor('pages', 'who-we-are/structure', 'es')).toBe('/es/who-we-are/structure')
  expect(documentHrefs('events', { en: 'council', fr: 'conseil', es: 'conseil', ar: 'conseil' })).toEqual({
    en: '/en/events/council',
    fr: '/fr/events/conseil',
    es: '/es/events/conseil',
    ar: '/ar/events/conseil',
  })
  expect(withQuery('/en/news', { page: 2, year: undefined, theme: '' })).toBe('/en/news?page=2')
})

test('bad slugs and query numbers are rejected before any query', () => {
  expect(isSlugLike('council-opens-110th-session')).toBe(true)
  for (const bad of ['..', '../etc', 'a/b', 'UPPER', 'a--b', '', 'x'.repeat(500), 'é'])
    expect(isSlugLike(bad)).toBe(false)
  expect(intParam('3')).toBe(3)
  for (const bad of ['0', '-1', '1e3', 'abc', '99999999', undefined, ['2']]) expect(intParam(bad)).toBeUndefined()
})

test('a change expires its collection and its page under every slug it had', () => {
  expect(tagsForChange('press-releases', ['old', 'new', 'old'])).toEqual([
    collectionTag('press-releases'),
    documentTag('press-releases', 'old'),
    documentTag('press-releases', 'new'),
  ])
  expect(tagsForChange('media', ['x'])).toEqual([collectionTag('media')])
})

test('search queries are normalised and excerpts centred on the match', () => {
  expect(normaliseQuery('  santé   migrants ')).toBe('santé migrants')
  expect(normaliseQuery(['a'])).toBe('')
  expect(normaliseQuery('x'.repeat(500))).toHaveLength(100)
  const text = `${'lorem ipsum '.repeat(50)}the needle is here ${'dolor sit '.repeat(50)}`
  const at = text.indexOf('needle')
  const { text: excerpt, marks } = excerptOf(text, [[at, at + 6]], 120)
  expect(marks.map(([s, e]) => excerpt.slice(s, e))).toEqual(['needle'])
  expect(excerpt.startsWith('… ')).toBe(true)
  expect(excerpt.endsWith(' …')).toBe(true)
})

test('event times are in the event’s zone, labelled with its name and offset', () => {
  const timed = eventTime(
    { startsAt: '2019-11-26T09:00:00.000Z', endsAt: '2019-11-26T11:00:00.000Z', timeZone: 'Europe/Zurich' },
    'en',
  )
  expect(timed.when).toBe('26 November 2019, 10:00–12:00')
  expect(timed.zone).toBe('Central European Time, UTC+1')
  const french = eventTime(
    { startsAt: '2019-11-26T09:00:00.000Z', endsAt: '2019-11-26T11:00:00.000Z', timeZone: 'Europe/Zurich' },
    'fr',
  )
  expect(french.zone).toBe('heure d’Europe centrale, UTC+1')
  const allDay = eventTime(
    {
      startsAt: '2019-11-25T23:00:00.000Z',
      endsAt: '2019-11-28T22:59:00.000Z',
      timeZone: 'Europe/Zurich',
      allDay: true,
    },
    'en',
  )
  expect(allDay.zone).toBeNull()
  expect(allDay.when.replace(/\s/g, ' ')).toBe('26 – 28 November 2019')
  expect(utcOffsetLabel(-180)).toBe('UTC−3')
  expect(utcOffsetLabel(330)).toBe('UTC+5:30')
})

test('media URLs are kept as paths on our own site, whatever serverURL Payload prefixes', () => {
  expect(sitePath('http://127.0.0.1:3100/api/media/file/dakar.jpg')).toBe('/api/media/file/dakar.jpg')
  expect(sitePath('/api/media/file/dakar-768x512.webp?v=2')).toBe('/api/media/file/dakar-768x512.webp?v=2')
})
