import { describe, expect, test } from '@jest/globals'
import type { Field } from 'payload'

import { filledPaths, localizedValues, withValueAt } from '../../translation/localizedFields'
import { localeStatus, readStoredStatus, recordSave } from '../../translation/status'
import { richTextFromParagraphs } from '../../lib/text/richText'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text', localized: true },
  { name: 'publishedDate', type: 'date' },
  {
    name: 'dateline',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'city', type: 'text', localized: true },
          { name: 'office', type: 'relationship', relationTo: 'offices' },
        ],
      },
    ],
  },
  { name: 'body', type: 'richText', localized: true },
  {
    name: 'organisers',
    type: 'array',
    fields: [
      { name: 'name', type: 'text', localized: true },
      { name: 'url', type: 'text' },
    ],
  },
]

describe('localized text of a document', () => {
  test('lists localized text fields by path, nested and in array rows, never slugs or shared fields', () => {
    const doc = {
      title: 'T',
      slug: 't',
      publishedDate: 'x',
      dateline: { city: 'Genève' },
      body: richTextFromParagraphs(['B']),
      organisers: [
        { name: 'A', url: 'u' },
        { name: '', url: 'v' },
      ],
    }
    expect(localizedValues(fields, doc).map((v) => `${v.path}:${v.kind}`)).toEqual([
      'title:text',
      'dateline.city:text',
      'body:richText',
      'organisers.0.name:text',
      'organisers.1.name:text',
    ])
    expect(filledPaths(fields, doc)).toEqual(['title', 'dateline.city', 'body', 'organisers.0.name'])
  })

  test('an empty editor is not text', () => {
    expect(filledPaths(fields, { body: richTextFromParagraphs(['  ']) })).toEqual([])
  })

  test('sets a value deep in a copy, leaving the original alone', () => {
    const doc = { organisers: [{ id: 'r1', name: 'A', url: 'u' }] }
    const next = withValueAt(doc, 'organisers.0.name', 'B')
    expect(next).toEqual({ organisers: [{ id: 'r1', name: 'B', url: 'u' }] })
    expect(doc.organisers[0]?.name).toBe('A')
  })
})

describe('translation state', () => {
  const source = recordSave(undefined, {
    locale: 'fr',
    sourceLocale: 'fr',
    filled: ['title', 'body'],
    textChanged: true,
    reviewed: false,
    at: '2026-01-01T00:00:00.000Z',
  })

  test('missing, partial, complete', () => {
    expect(localeStatus(source, 'fr', 'es')).toMatchObject({ state: 'missing', missing: ['title', 'body'] })
    const partial = recordSave(source, {
      locale: 'es',
      sourceLocale: 'fr',
      filled: ['title'],
      textChanged: true,
      reviewed: false,
      at: '2026-01-02T00:00:00.000Z',
    })
    expect(localeStatus(partial, 'fr', 'es')).toMatchObject({ state: 'partial', missing: ['body'] })
    const complete = recordSave(partial, {
      locale: 'es',
      sourceLocale: 'fr',
      filled: ['title', 'body'],
      textChanged: true,
      reviewed: false,
      at: '2026-01-03T00:00:00.000Z',
    })
    expect(localeStatus(complete, 'fr', 'es')).toMatchObject({ state: 'complete', missing: [] })
    expect(localeStatus(complete, 'fr', 'fr').state).toBe('source')
  })

  test('outdated once the source text changes after the translation, until a translator saves it again', () => {
    const translated = recordSave(source, {
      locale: 'es',
      sourceLocale: 'fr',
      filled: ['title', 'body'],
      textChanged: true,
      reviewed: false,
      at: '2026-01-02T00:00:00.000Z',
    })
    const unchangedSource = recordSave(translated, {
      locale: 'fr',
      sourceLocale: 'fr',
      filled: ['title', 'body'],
      textChanged: false,
      reviewed: false,
      at: '2026-01-03T00:00:00.000Z',
    })
    expect(localeStatus(unchangedSource, 'fr', 'es').state).toBe('complete')
    const changed = recordSave(translated, {
      locale: 'fr',
      sourceLocale: 'fr',
      filled: ['title', 'body'],
      textChanged: true,
      reviewed: false,
      at: '2026-01-03T00:00:00.000Z',
    })
    expect(localeStatus(changed, 'fr', 'es').state).toBe('outdated')
    const reviewed = recordSave(changed, {
      locale: 'es',
      sourceLocale: 'fr',
      filled: ['title', 'body'],
      textChanged: false,
      reviewed: true,
      at: '2026-01-04T00:00:00.000Z',
    })
    expect(localeStatus(reviewed, 'fr', 'es').state).toBe('complete')
  })

  test('a damaged stored value reads as nothing translated', () => {
    expect(readStoredStatus('nonsense')).toEqual({ locales: {} })
    expect(readStoredStatus({ locales: { es: { filled: 'x' } } })).toEqual({ locales: {}, sourceChangedAt: undefined })
  })
})
