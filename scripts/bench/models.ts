/**
 * Model documents for the generator, written through Payload's Local API with every hook (slug,
 * search text, translation status, versions): the generator copies their stored rows, so what it
 * writes is what Payload stores. Each model is written in its source locale, then translated into
 * the other locales — all of them for most models, one for some (the site's fallback is exercised).
 */
import type { Payload } from 'payload'

import type { Office } from '../../payload-types'
import { localeCodes, type LocaleCode } from '../../lib/i18n/locales'
import { richTextFromParagraphs } from '../../lib/text/richText'
import { eventKinds, officeKinds, regions, themes } from '../../lib/reference/taxonomy'
import { headline, paragraph, paragraphs, prng, realisticBody, sentence } from './text'

export type GeneratedCollection = 'offices' | 'events' | 'press-releases'

const direction = (locale: LocaleCode) => (locale === 'ar' ? 'rtl' : 'ltr')
const cities = [
  'Genève',
  'Dakar',
  'Nairobi',
  'Vienne',
  'Le Caire',
  'Pretoria',
  'Santiago',
  'Bogotá',
  'Lima',
  'Bangkok',
  'Panamá',
  'Bruxelles',
]
const countries: NonNullable<Office['country']>[] = [
  'CH',
  'SN',
  'KE',
  'AT',
  'EG',
  'ZA',
  'CL',
  'CO',
  'PE',
  'TH',
  'PA',
  'BE',
]
const zones: NonNullable<Office['timeZone']>[] = [
  'Europe/Zurich',
  'Africa/Dakar',
  'Africa/Nairobi',
  'Europe/Vienna',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'America/Santiago',
  'America/Bogota',
  'America/Lima',
  'Asia/Bangkok',
  'America/Panama',
  'Europe/Brussels',
]

/** The source locale of model `i`, and the locales it is translated into. */
export function modelLocales(i: number): { source: LocaleCode; translations: LocaleCode[] } {
  const source = localeCodes[i % localeCodes.length]
  const others = localeCodes.filter((l) => l !== source)
  return { source, translations: i % 4 === 3 ? others.slice(0, 1) : others }
}

interface Related {
  offices: number[]
  programmes: number[]
  events: number[]
}

const some = (random: () => number, ids: number[], max: number) =>
  ids.filter(() => random() < max / Math.max(ids.length, 1)).slice(0, max)

function officeText(locale: LocaleCode, random: () => number, i: number) {
  return {
    name: `${headline(locale, random).split(' ').slice(0, 4).join(' ')} ${i + 1}`,
    city: cities[i % cities.length],
    address: `${1 + (i % 90)} ${sentence(locale, random).slice(0, 60)}`,
    description: richTextFromParagraphs(paragraphs(locale, random, 2), direction(locale)),
  }
}

function eventText(locale: LocaleCode, random: () => number) {
  return {
    title: headline(locale, random),
    venue: sentence(locale, random).slice(0, 80),
    summary: sentence(locale, random),
    description: richTextFromParagraphs(paragraphs(locale, random, 3), direction(locale)),
  }
}

function releaseText(locale: LocaleCode, random: () => number) {
  return {
    title: headline(locale, random),
    summary: paragraph(locale, random).slice(0, 590),
    body: richTextFromParagraphs(paragraphs(locale, random, 6), direction(locale)),
    dateline: { city: cities[Math.floor(random() * cities.length)] },
  }
}

/** Creates model `i` of `collection` in its source locale, then its translations; returns its id. */
export async function createModel(
  payload: Payload,
  collection: GeneratedCollection,
  i: number,
  related: Related,
): Promise<number> {
  const random = prng(1000 * (collection.length + 1) + i)
  const { source, translations } = modelLocales(i)
  const context = { disableRevalidate: true }
  if (collection === 'offices') {
    const doc = await payload.create({
      collection,
      locale: source,
      context,
      data: {
        ...officeText(source, random, i),
        sourceLocale: source,
        kind: officeKinds[1 + (i % (officeKinds.length - 1))].value,
        region: regions[i % regions.length].value,
        country: countries[i % countries.length],
        timeZone: zones[i % zones.length],
        latitude: 10 + i,
        longitude: 20 + i,
        phone: '+41 22 717 91 11',
        email: `office${i}@passerelle.test`,
        headOfOffice: 'A. Head',
        // Offices have drafts: a new one is a draft unless published.
        _status: 'published',
      },
    })
    for (const locale of translations)
      await payload.update({ collection, id: doc.id, locale, context, data: officeText(locale, random, i) })
    return doc.id
  }
  if (collection === 'events') {
    const start = new Date(Date.UTC(2025, i % 12, 1 + (i % 27), 9))
    const doc = await payload.create({
      collection,
      locale: source,
      context,
      data: {
        ...eventText(source, random),
        sourceLocale: source,
        _status: 'published',
        kind: eventKinds[i % eventKinds.length].value,
        status: 'scheduled',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 8 * 3600_000).toISOString(),
        timeZone: zones[i % zones.length],
        office: related.offices[i % related.offices.length],
        programmes: some(random, related.programmes, 2),
      },
    })
    for (const locale of translations)
      await payload.update({
        collection,
        id: doc.id,
        locale,
        context,
        data: { ...eventText(locale, random), _status: 'published' },
      })
    return doc.id
  }
  const doc = await payload.create({
    collection,
    locale: source,
    context,
    data: {
      ...releaseText(source, random),
      sourceLocale: source,
      _status: 'published',
      publishedDate: new Date(Date.UTC(2024, i % 12, 1 + (i % 27), 10)).toISOString(),
      dateline: { ...releaseText(source, random).dateline, office: related.offices[i % related.offices.length] },
      contacts: [
        {
          name: 'Press Officer',
          office: related.offices[0],
          phone: '+41 22 717 91 11',
          email: 'media@passerelle.test',
        },
      ],
      offices: some(random, related.offices, 3),
      programmes: some(random, related.programmes, 2),
      events: some(random, related.events, 2),
      themes: [themes[i % themes.length].value, themes[(i + 3) % themes.length].value],
    },
  })
  for (const locale of translations)
    await payload.update({
      collection,
      id: doc.id,
      locale,
      context,
      data: { ...releaseText(locale, random), _status: 'published' },
    })
  return doc.id
}

/**
 * The text of clone `index` in `locale`: a new title, summary and searched body text (realisticBody:
 * Zipf-distributed words). The rich-text body shown on its page stays the model's.
 */
export function cloneText(
  collection: GeneratedCollection,
  index: number,
  locale: LocaleCode,
): { title: string; summary: string; searchText: string } {
  const random = prng(7919 * index + locale.charCodeAt(0))
  const title =
    collection === 'offices'
      ? `${headline(locale, random).split(' ').slice(0, 4).join(' ')} ${index}`
      : headline(locale, random)
  return { title, summary: sentence(locale, random), searchText: realisticBody(locale, random) }
}
