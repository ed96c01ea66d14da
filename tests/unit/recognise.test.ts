import { describe, expect, test } from '@jest/globals'

import type { OfficeEntry } from '../../seed/directory'
import { parseSeedPage } from '../../seed/parser'
import { datelineOffice, findNamed, findOfficeMentions, resolveOfficeMention } from '../../seed/recognise'

const office = (id: number, fields: Partial<OfficeEntry>): OfficeEntry => ({
  id,
  slug: `office-${id}`,
  title: fields.names?.[0] ?? `Office ${id}`,
  draft: false,
  names: [],
  cities: [],
  ...fields,
})

const cairo = office(1, {
  kind: 'regional-office',
  country: 'EG',
  names: ['Bureau régional de l’OIM au Caire', 'IOM Regional Office in Cairo', 'المكتب الإقليمي في القاهرة'],
  cities: ['Le Caire', 'Cairo'],
})
const chile = office(2, { kind: 'country-office', country: 'CL', names: ['OIM Chili'], cities: ['Santiago'] })
const cairoSubOffice = office(3, { kind: 'sub-office', country: 'EG', cities: ['Le Caire'] })
const offices = [cairo, chile, cairoSubOffice]

describe('offices named by kind and place', () => {
  test.each([
    ['le bureau régional du Caire coordonne', { kind: 'regional-office', city: 'Caire' }],
    ['Le Bureau régional de l’OIM au Caire a dit', { kind: 'regional-office', city: 'Caire' }],
    [
      'le bureau régional de Bangkok (Thaïlande) accompagne',
      { kind: 'regional-office', city: 'Bangkok', country: 'TH' },
    ],
    [
      'le bureau régional de l’OIM pour l’Asie et le Pacifique, à Bangkok, a',
      { kind: 'regional-office', city: 'Bangkok' },
    ],
    ['the IOM regional office in Buenos Aires said', { kind: 'regional-office', city: 'Buenos Aires' }],
    ['la oficina regional en San José, en Costa Rica', { kind: 'regional-office', city: 'San José', country: 'CR' }],
    ['le sous-bureau de Gaziantep', { kind: 'sub-office', city: 'Gaziantep' }],
    ['la cheffe de mission de l’OIM au Bélarus', { kind: 'country-office', country: 'BY' }],
    ['Zhanna Lipskaya, OIM Bélarus', { kind: 'country-office', country: 'BY' }],
  ])('%p', (text, expected) => {
    expect(findOfficeMentions(text)).toEqual([expect.objectContaining(expected)])
  })

  test.each([
    'une mission d’évaluation à Genève', // a trip, not the organisation's mission
    'le bureau régional a publié un rapport', // no place
    'le bureau régional de l’OIM', // the organisation is no place
    'le bureau régional pour le Moyen-Orient et l’Afrique du Nord', // a region, not a city
    'OIM Genève', // a signature with a city is not a country office
  ])('%p names no office by kind and place', (text) => {
    expect(findOfficeMentions(text)).toEqual([])
  })

  test('two names of one office are one mention; the name is kept as written, the country apart', () => {
    expect(
      findOfficeMentions('la mission de l’OIM au Bélarus … OIM Bélarus … le bureau régional de Bangkok (Thaïlande)'),
    ).toEqual([
      { text: 'mission de l’OIM au Bélarus', kind: 'country-office', country: 'BY' },
      { text: 'bureau régional de Bangkok', kind: 'regional-office', city: 'Bangkok', country: 'TH' },
    ])
  })

  test('a mention resolves to the office of its kind in that city (any language, with or without article)', () => {
    const [caire] = findOfficeMentions('le bureau régional du Caire')
    expect(resolveOfficeMention(caire, offices)).toBe(cairo)
    const [subOffice] = findOfficeMentions('le sous-bureau du Caire')
    expect(resolveOfficeMention(subOffice, offices)).toBe(cairoSubOffice)
    const [bangkok] = findOfficeMentions('le bureau régional de Bangkok')
    expect(resolveOfficeMention(bangkok, offices)).toBeUndefined()
    const [chili] = findOfficeMentions('la mission de l’OIM au Chili')
    expect(resolveOfficeMention(chili, offices)).toBe(chile)
  })
})

describe('documents named by name or alias, in any language', () => {
  test('case, accents, apostrophes and Arabic spelling variants do not count', () => {
    expect(findNamed("Selon le BUREAU REGIONAL DE L'OIM AU CAIRE, …", offices)).toEqual([cairo])
    // Written with vowel marks and a hamza-less alif: المكتب الإقليمي في القاهرة
    expect(findNamed('قال المَكتب الاقليمي في القاهرة إن', offices)).toEqual([cairo])
    expect(findNamed('iom regional office in cairo', offices)).toEqual([cairo])
  })

  test('whole words only, in order of first mention', () => {
    expect(findNamed('OIM Chilien', offices)).toEqual([])
    expect(findNamed('OIM Chili, puis le Bureau régional de l’OIM au Caire', offices)).toEqual([chile, cairo])
  })
})

test('a dateline names its office by city, in the country it names, or the country’s office', () => {
  expect(datelineOffice({ city: 'Cairo' }, offices)).toBe(cairo)
  expect(datelineOffice({ city: 'Le Caire', country: 'Égypte' }, offices)).toBe(cairo)
  expect(datelineOffice({ city: 'Le Caire', country: 'Chili' }, offices)).toBeUndefined()
  expect(datelineOffice({ city: 'Chile' }, offices)).toBe(chile)
  expect(datelineOffice({ city: 'Minsk', country: 'Bélarus' }, offices)).toBeUndefined()
})

test('a programme page opens with a title line; a text page whose first line is a sentence has none', () => {
  const page = parseSeedPage('Tuberculose et migration : dépistage\nPremier paragraphe.\nSecond paragraphe.')
  expect(page).toMatchObject({
    kind: 'text',
    title: 'Tuberculose et migration : dépistage',
    paragraphs: ['Premier paragraphe.', 'Second paragraphe.'],
  })
  expect(parseSeedPage('Premier paragraphe.\nSecond paragraphe.').title).toBeUndefined()
})

test('a dateline keeps its country', () => {
  const page = parseSeedPage('Titre\nMinsk, Bélarus - Le ministère a lancé une campagne.')
  expect(page.dateline).toEqual({ city: 'Minsk', country: 'Bélarus' })
})
