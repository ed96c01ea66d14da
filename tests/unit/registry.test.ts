import { describe, expect, test } from '@jest/globals'

import { contentCollectionConfigs, registryMismatches } from '../../collections'
import {
  contentCollectionSlugs,
  routedCollections,
  searchedCollections,
  sectionOf,
  titleFieldOf,
} from '../../collections/registry'
import { siteTags } from '../../lib/content/tags'
import { translatableCollections } from '../../translation/collections'

describe('the collection registry', () => {
  test('agrees with the collections configured in Payload', () => {
    expect(registryMismatches(contentCollectionConfigs)).toEqual([])
  })

  test('a collection configured but not registered, or registered but not configured, is named', () => {
    const withoutEvents = contentCollectionConfigs.filter((c) => c.slug !== 'events')
    const stray = { slug: 'videos', admin: { useAsTitle: 'title' }, fields: [] }
    expect(registryMismatches([...withoutEvents, stray])).toEqual([
      '"events" is in collections/registry.ts but has no configuration in collections/index.ts',
      '"videos" is configured but missing from collections/registry.ts',
    ])
    const renamed = contentCollectionConfigs.map((c) =>
      c.slug === 'offices' ? { ...c, admin: { ...c.admin, useAsTitle: 'city' } } : c,
    )
    expect(registryMismatches(renamed)).toEqual(['"offices" uses "city" as its title, the registry says "name"'])
  })

  test('every derived list comes from it', () => {
    expect(translatableCollections).toEqual(contentCollectionSlugs)
    expect(siteTags()).toEqual(expect.arrayContaining(contentCollectionSlugs.map((c) => `collection:${c}`)))
    expect(searchedCollections).toEqual(['press-releases', 'events', 'health-programmes', 'offices'])
    expect(routedCollections).not.toContain('media')
    expect(routedCollections).toContain('pages')
    expect(sectionOf).toEqual({
      'press-releases': 'news',
      events: 'events',
      'health-programmes': 'programmes',
      offices: 'offices',
    })
    expect(titleFieldOf('offices')).toBe('name')
  })
})
