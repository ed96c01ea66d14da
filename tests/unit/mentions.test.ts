import { describe, expect, test } from '@jest/globals'

import { countryCodes } from '../../lib/reference/countries'
import { eventKinds, officeKinds, programmeStatuses, regions, themes } from '../../lib/reference/taxonomy'
import {
  eventGazetteer,
  findEventMentions,
  findOfficeMentions,
  findPageMentions,
  findProgrammeMentions,
  foldText,
  officeForDateline,
  officeGazetteer,
  pageMentionText,
  programmeGazetteer,
} from '../../seed/mentions'
import { parseSeedPage } from '../../seed/parser'
import { readSeedPage } from '../support/seedPages'

interface ExpectedMentions {
  offices: string[]
  events: string[]
  programmes: string[]
  datelineOffice?: string
}

const expected: Record<string, ExpectedMentions> = {
  '000': {
    offices: ['ro-vienna', 'ro-dakar', 'ro-pretoria', 'ro-nairobi', 'ro-cairo'],
    events: [],
    programmes: ['migration-health-partnerships'],
  },
  '001': { offices: [], events: [], programmes: ['hiv-migration'] },
  '002': { offices: ['hq-geneva'], events: ['council-110'], programmes: [], datelineOffice: 'hq-geneva' },
  '003': {
    offices: ['co-chile', 'co-colombia', 'co-peru'],
    events: ['chile-colombia-health-migration-2015'],
    programmes: [],
    datelineOffice: 'co-chile',
  },
  '004': { offices: [], events: ['iom-ngo-consultation-mena-2019'], programmes: [] },
}

describe('mentions in the seed pages', () => {
  describe.each(Object.entries(expected))('page %s', (prefix, want) => {
    const page = parseSeedPage(readSeedPage(prefix))
    const text = pageMentionText(page)

    test('offices', () => {
      expect(findOfficeMentions(text)).toEqual(want.offices)
    })

    test('events', () => {
      expect(findEventMentions(text)).toEqual(want.events)
    })

    test('programmes', () => {
      expect(findProgrammeMentions(text)).toEqual(want.programmes)
    })

    test('findPageMentions gathers them, with the dateline office', () => {
      expect(findPageMentions(page)).toEqual(want)
    })

    test('the raw file (navigation block included) gives the same entities', () => {
      const raw = readSeedPage(prefix)
      expect(findOfficeMentions(raw)).toEqual(want.offices)
      expect(findEventMentions(raw)).toEqual(want.events)
      expect(findProgrammeMentions(raw)).toEqual(want.programmes)
    })
  })

  test('the navigation block mentions no entity ("Bureau du Chef de Cabinet" is not an office of the gazetteer)', () => {
    const navigation = readSeedPage('000').split('\n').slice(0, 29).join('\n')
    expect(navigation.endsWith('- 2030 AGENDA')).toBe(true)
    expect(findOfficeMentions(navigation)).toEqual([])
    expect(findEventMentions(navigation)).toEqual([])
    expect(findProgrammeMentions(navigation)).toEqual([])
  })
})

describe('findOfficeMentions', () => {
  test.each<[string, string[]]>([
    ['le Bureau régional de l’OIM à Vienne a participé', ['ro-vienna']],
    ["le Bureau régional de l'OIM à Vienne a participé", ['ro-vienna']],
    ['le Bureau regional de l OIM a Vienne', ['ro-vienna']],
    ['le BUREAU RÉGIONAL DE L’OIM À VIENNE', ['ro-vienna']],
    ['le Bureau régional de l’OIM au Caire a participé', ['ro-cairo']],
    ['le Bureau régional de l’OIM pour l’Afrique australe', ['ro-pretoria']],
    ['the IOM Regional Office in Nairobi', ['ro-nairobi']],
    ['au siège de l’OIM à Genève', ['hq-geneva']],
    ['IOM headquarters in Geneva', ['hq-geneva']],
    [
      "préparée par les missions de l'OIM au Chili et en Colombie et financée par les missions de l'OIM en Colombie et au Pérou",
      ['co-chile', 'co-colombia', 'co-peru'],
    ],
    ['Marina Esponda, OIM Chili, Tel: +56-2 29 633710', ['co-chile']],
    ['IOM Chile trained health officials', ['co-chile']],
    ['la mission de l’OIM en Turquie', ['co-turkiye']],
    ['organisé par le Programme alimentaire mondial en avril 2018 à Dakar (Sénégal).', []],
    ['une réunion technique à Istanbul (Turquie) et à Genève', []],
    ['entre l’OIM et le Ministère chilien de la santé', []],
    [
      'En Afrique australe, le Bureau régional de l’OIM à Pretoria participe. Plus tard, le siège de l’OIM a répondu; puis le Bureau régional de l’OIM à Pretoria encore.',
      ['ro-pretoria', 'hq-geneva'],
    ],
  ])('%p', (text, keys) => {
    expect(findOfficeMentions(text)).toEqual(keys)
  })

  test('a pattern does not run across paragraphs', () => {
    expect(findOfficeMentions('le Bureau régional de l’OIM pour la région\na Vienne')).toEqual([])
  })
})

describe('findEventMentions and findProgrammeMentions', () => {
  test.each<[string, string[]]>([
    ['L’OIM ouvre mardi la 110ème session de son Conseil', ['council-110']],
    ['la 110e session du Conseil de l’OIM', ['council-110']],
    ['the 110th Session of the IOM Council', ['council-110']],
    ['la session annuelle du Conseil de l’OIM', []],
    ['sa première Consultation humanitaire régionale OIM-ONG pour le Moyen-Orient', ['iom-ngo-consultation-mena-2019']],
    ['sa première Consultation humanitaire régionale OIM–ONG pour le Moyen-Orient', ['iom-ngo-consultation-mena-2019']],
    ['La première réunion entre la Colombie et le Chili', ['chile-colombia-health-migration-2015']],
    ['une deuxième réunion binationale sur la santé et la migration entre le Chili et la Colombie', []],
  ])('event %p', (text, keys) => {
    expect(findEventMentions(text)).toEqual(keys)
  })

  test.each<[string, string[]]>([
    ['Les projets mondiaux, régionaux et nationaux de lutte contre le VIH', ['hiv-migration']],
    ['VIH et migration', ['hiv-migration']],
    ['HIV and migration', ['hiv-migration']],
    ['pour mettre fin au VIH, à la tuberculose et à l’hépatite virale', []],
    ['élargir ses partenariats en vue d’améliorer la santé des migrants', ['migration-health-partnerships']],
    ['Partenariats pour la santé des migrants', ['migration-health-partnerships']],
    ['Les partenariats humanitaires de l’OIM avec les ONG au Moyen-Orient', []],
  ])('programme %p', (text, keys) => {
    expect(findProgrammeMentions(text)).toEqual(keys)
  })
})

describe('officeForDateline', () => {
  test.each<[string, string | undefined, string | undefined]>([
    ['Genève', undefined, 'hq-geneva'],
    ['Geneva', undefined, 'hq-geneva'],
    ['GENÈVE', undefined, 'hq-geneva'],
    ['Genève', 'Suisse', 'hq-geneva'],
    ['Chile', undefined, 'co-chile'],
    ['Chili', undefined, 'co-chile'],
    ['Santiago', undefined, 'co-chile'],
    ['Pérou', undefined, 'co-peru'],
    ['Vienne', undefined, 'ro-vienna'],
    ['Vienne', 'France', undefined],
    ['Le Caire', undefined, 'ro-cairo'],
    ['Ankara', undefined, 'co-turkiye'],
    ['Istanbul', undefined, undefined],
    ['Istanbul', 'Turquie', undefined],
    ['Minsk', 'Bélarus', undefined],
    ['Antofagasta', undefined, undefined],
  ])('%p, %p → %p', (city, country, key) => {
    expect(officeForDateline(country ? { city, country } : { city })).toBe(key)
  })
})

describe('foldText', () => {
  test('removes accents, unifies apostrophes and dashes, keeps line breaks', () => {
    expect(foldText('Bureau Régional de l’OIM à Genève – Œuvre\u00A0 ici\r\nfin')).toBe(
      "bureau regional de l'oim a geneve - oeuvre ici\nfin",
    )
  })
})

describe('gazetteer', () => {
  const officeKeys = officeGazetteer.map((o) => o.key)
  const eventKeys = eventGazetteer.map((e) => e.key)
  const programmeKeys = programmeGazetteer.map((p) => p.key)
  const valid = {
    officeKinds: officeKinds.map((t) => t.value as string),
    regions: regions.map((t) => t.value as string),
    themes: themes.map((t) => t.value as string),
    eventKinds: eventKinds.map((t) => t.value as string),
    programmeStatuses: programmeStatuses.map((t) => t.value as string),
  }

  function isTimeZone(zone: string): boolean {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  }

  test('keys are unique', () => {
    for (const keys of [officeKeys, eventKeys, programmeKeys]) expect(new Set(keys).size).toBe(keys.length)
  })

  test('offices carry valid vocabulary, coordinates, countries, time zones and parents', () => {
    for (const office of officeGazetteer) {
      expect(valid.officeKinds).toContain(office.kind)
      expect(valid.regions).toContain(office.region)
      expect(countryCodes).toContain(office.country)
      expect(isTimeZone(office.timeZone)).toBe(true)
      expect(Math.abs(office.latitude)).toBeLessThanOrEqual(90)
      expect(Math.abs(office.longitude)).toBeLessThanOrEqual(180)
      expect(office.name.fr && office.name.en && office.city.fr && office.city.en).toBeTruthy()
      expect(office.patterns.length).toBeGreaterThan(0)
      if (office.kind === 'headquarters') expect(office.parentKey).toBeUndefined()
      else expect(officeKeys).toContain(office.parentKey)
    }
  })

  test('the required offices are there', () => {
    const byKey = new Map(officeGazetteer.map((o) => [o.key, o]))
    expect(byKey.get('hq-geneva')).toMatchObject({
      kind: 'headquarters',
      region: 'global',
      country: 'CH',
      timeZone: 'Europe/Zurich',
    })
    for (const [key, region, country] of [
      ['ro-vienna', 'see-ee-ca', 'AT'],
      ['ro-dakar', 'west-central-africa', 'SN'],
      ['ro-pretoria', 'southern-africa', 'ZA'],
      ['ro-nairobi', 'east-horn-africa', 'KE'],
      ['ro-cairo', 'mena', 'EG'],
    ]) {
      expect(byKey.get(key)).toMatchObject({ kind: 'regional-office', region, country, parentKey: 'hq-geneva' })
    }
    expect(byKey.get('co-chile')).toMatchObject({
      kind: 'country-office',
      region: 'south-america',
      country: 'CL',
      city: { fr: 'Santiago', en: 'Santiago' },
      timeZone: 'America/Santiago',
    })
    expect(byKey.get('co-colombia')).toMatchObject({
      kind: 'country-office',
      country: 'CO',
      city: { en: 'Bogotá' },
      timeZone: 'America/Bogota',
    })
    expect(byKey.get('co-peru')).toMatchObject({
      kind: 'country-office',
      country: 'PE',
      city: { en: 'Lima' },
      timeZone: 'America/Lima',
    })
    expect(byKey.get('co-turkiye')).toMatchObject({
      kind: 'country-office',
      region: 'see-ee-ca',
      country: 'TR',
      city: { en: 'Ankara' },
      timeZone: 'Europe/Istanbul',
    })
  })

  test('events carry valid vocabulary, ISO dates in order, and known offices and programmes', () => {
    for (const event of eventGazetteer) {
      expect(valid.eventKinds).toContain(event.kind)
      expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(event.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(Number.isNaN(Date.parse(event.startDate))).toBe(false)
      expect(event.endDate >= event.startDate).toBe(true)
      expect(isTimeZone(event.timeZone)).toBe(true)
      expect(countryCodes).toContain(event.country)
      for (const theme of event.themes) expect(valid.themes).toContain(theme)
      for (const region of event.regions) expect(valid.regions).toContain(region)
      if (event.officeKey) expect(officeKeys).toContain(event.officeKey)
      for (const key of event.programmeKeys) expect(programmeKeys).toContain(key)
    }
  })

  test('the required events are there', () => {
    const byKey = new Map(eventGazetteer.map((e) => [e.key, e]))
    expect(byKey.get('council-110')).toMatchObject({
      title: { fr: '110e session du Conseil de l’OIM' },
      kind: 'council-session',
      city: { fr: 'Genève', en: 'Geneva' },
      startDate: '2019-11-26',
      endDate: '2019-11-28',
      timeZone: 'Europe/Zurich',
    })
    expect(byKey.get('iom-ngo-consultation-mena-2019')).toMatchObject({
      kind: 'consultation',
      city: { en: 'Istanbul' },
      timeZone: 'Europe/Istanbul',
      regions: ['mena'],
    })
    expect(byKey.get('iom-ngo-consultation-mena-2019')?.startDate.startsWith('2019-')).toBe(true)
    expect(byKey.get('chile-colombia-health-migration-2015')).toMatchObject({
      kind: 'meeting',
      city: { en: 'Antofagasta' },
      timeZone: 'America/Santiago',
      datePrecision: 'month',
    })
    expect(byKey.get('chile-colombia-health-migration-2015')?.startDate.startsWith('2015-09')).toBe(true)
  })

  test('programmes carry valid vocabulary and the required themes', () => {
    for (const programme of programmeGazetteer) {
      expect(valid.programmeStatuses).toContain(programme.status)
      for (const theme of programme.themes) expect(valid.themes).toContain(theme)
      for (const region of programme.regions) expect(valid.regions).toContain(region)
      for (const key of programme.officeKeys) expect(officeKeys).toContain(key)
      expect(programme.title.fr && programme.title.en).toBeTruthy()
    }
    const byKey = new Map(programmeGazetteer.map((p) => [p.key, p]))
    expect(byKey.get('hiv-migration')).toMatchObject({
      title: { fr: 'VIH et migration', en: 'HIV and migration' },
      themes: ['hiv'],
    })
    expect(byKey.get('migration-health-partnerships')).toMatchObject({
      title: { fr: 'Partenariats pour la santé des migrants', en: 'Migration health partnerships' },
      themes: ['migration-health', 'partnerships', 'primary-health-care'],
    })
  })
})
