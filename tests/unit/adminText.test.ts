import { expect, test } from '@jest/globals'

import { adminText, label } from '../../lib/i18n/admin'

test('label() gives Payload the four languages of one admin.json key', () => {
  expect(label('fields.title')).toEqual({ en: 'Title', fr: 'Titre', es: 'Título', ar: 'العنوان' })
  expect(label('options.regions.see-ee-ca').fr).toBe('Europe du Sud-Est, Europe orientale et Asie centrale')
})

test('adminText() gives the words of one admin language, placeholders filled, English for a language not ours', () => {
  const range = { from: '51', to: '100', total: '1 234' }
  expect(adminText('fr')('screens.translations.range', range)).toBe('Documents 51 à 100 sur 1 234')
  expect(adminText('en')('screens.translations.range', range)).toBe('Documents 51–100 of 1 234')
  expect(adminText('ar')('screens.translations.imported', { units: 3, documents: 2 })).toBe(
    'تم حفظ 3 حقلًا في 2 مستندًا.',
  )
  expect(adminText('de')('validation.phone')).toBe('Enter a phone number with its country code, e.g. +41 22 717 9111.')
  expect(adminText(undefined)('screens.scheduled.title')).toBe('Scheduled')
})

test('a misspelt key does not compile', () => {
  // @ts-expect-error 'fields.titel' is not a key of locales/en/admin.json
  expect(label('fields.titel').en).toBe('fields.titel')
})
