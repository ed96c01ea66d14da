/**
 * The demo content's pictures: an illustration per seeded press release and programme, uploaded to
 * the media collection (which makes the WebP sizes) with its alternative text in the four languages,
 * and set as the document's main image. Idempotent: an image already uploaded is reused, a document
 * that already shows it is left alone.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { LocaleCode } from '../lib/i18n/locales'
import { slugify } from '../lib/text/slugify'
import { illustrationArt, type IllustrationKey } from './illustrationArt'

interface Illustration {
  art: IllustrationKey
  /** The document it illustrates: its collection and French title (whose slug identifies it). */
  collection: 'press-releases' | 'health-programmes'
  title: string
  alt: Record<LocaleCode, string>
}

export const illustrations: Illustration[] = [
  {
    art: 'council-chamber',
    collection: 'press-releases',
    title: 'L’Organisation internationale pour les migrations ouvre mardi la 110ème session de son Conseil',
    alt: {
      fr: 'Illustration : une salle du Conseil vue d’en haut, des rangées de sièges en demi-cercle autour de la tribune',
      en: 'Illustration: a council chamber seen from above, rows of seats in a half circle around the rostrum',
      es: 'Ilustración: una sala del Consejo vista desde arriba, filas de asientos en semicírculo alrededor de la tribuna',
      ar: 'رسم توضيحي: قاعة المجلس من الأعلى، صفوف من المقاعد في نصف دائرة حول المنصة',
    },
  },
  {
    art: 'two-countries',
    collection: 'press-releases',
    title: 'L’OIM soutient la réunion entre le Chili et la Colombie sur la santé et la migration',
    alt: {
      fr: 'Illustration : deux pays reliés par un chemin pointillé, une croix de soins à son arrivée',
      en: 'Illustration: two countries joined by a dotted path, a health cross where it arrives',
      es: 'Ilustración: dos países unidos por un camino punteado, una cruz de salud a su llegada',
      ar: 'رسم توضيحي: بلدان يربط بينهما طريق منقّط، وعلامة رعاية صحية عند نهايته',
    },
  },
  {
    art: 'road-to-horizon',
    collection: 'press-releases',
    title:
      'L’OIM fait participer la société civile pour améliorer l’accès humanitaire au Moyen-Orient et en Afrique du Nord',
    alt: {
      fr: 'Illustration : une route à travers des collines vers le soleil levant',
      en: 'Illustration: a road across hills towards the rising sun',
      es: 'Ilustración: un camino entre colinas hacia el sol naciente',
      ar: 'رسم توضيحي: طريق عبر التلال نحو الشمس المشرقة',
    },
  },
  {
    art: 'office-network',
    collection: 'health-programmes',
    title: 'Partenariats pour la santé des migrants',
    alt: {
      fr: 'Illustration : des bureaux reliés entre eux en réseau sur un globe',
      en: 'Illustration: offices linked to one another in a network over a globe',
      es: 'Ilustración: oficinas conectadas entre sí en una red sobre un globo',
      ar: 'رسم توضيحي: مكاتب متصلة ببعضها في شبكة فوق كرة أرضية',
    },
  },
  {
    art: 'ribbon-of-care',
    collection: 'health-programmes',
    title: 'VIH et migration',
    alt: {
      fr: 'Illustration : un ruban rouge de lutte contre le VIH au-dessus d’une main ouverte',
      en: 'Illustration: a red HIV awareness ribbon above an open hand',
      es: 'Ilustración: un lazo rojo de la lucha contra el VIH sobre una mano abierta',
      ar: 'رسم توضيحي: شريط أحمر للتوعية بفيروس نقص المناعة البشرية فوق يد مفتوحة',
    },
  },
]

const fileNameOf = (art: IllustrationKey) => `illustration-${art}.jpg`
const otherLocales = ['en', 'es', 'ar'] as const

/** The image, uploaded once: found again by its file name (Payload may have suffixed it: "…-1.jpg"). */
async function mediaFor(payload: Payload, illustration: Illustration): Promise<{ id: number; created: boolean }> {
  const base = fileNameOf(illustration.art).replace(/\.jpg$/, '')
  const found = await payload.find({
    collection: 'media',
    where: { filename: { like: base } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs[0]) return { id: found.docs[0].id, created: false }
  const data = await sharp(Buffer.from(illustrationArt[illustration.art]()))
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    locale: 'fr',
    data: { alt: illustration.alt.fr, sourceLocale: 'fr' },
    file: { data, mimetype: 'image/jpeg', name: fileNameOf(illustration.art), size: data.length },
    overrideAccess: true,
  })
  for (const locale of otherLocales)
    await payload.update({
      collection: 'media',
      id: media.id,
      locale,
      data: { alt: illustration.alt[locale] },
      overrideAccess: true,
    })
  return { id: media.id, created: true }
}

/** Uploads the illustrations and sets them as main images; returns the file names of those it uploaded. */
export async function seedIllustrations(payload: Payload): Promise<string[]> {
  const uploaded: string[] = []
  for (const illustration of illustrations) {
    const found = await payload.find({
      collection: illustration.collection,
      locale: 'fr',
      fallbackLocale: false,
      where: { slug: { equals: slugify(illustration.title) } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const doc = found.docs[0]
    if (!doc) continue
    const media = await mediaFor(payload, illustration)
    if (media.created) uploaded.push(fileNameOf(illustration.art))
    const current = typeof doc.heroImage === 'object' && doc.heroImage ? doc.heroImage.id : doc.heroImage
    if (current === media.id) continue
    await payload.update({
      collection: illustration.collection,
      id: doc.id,
      locale: 'fr',
      data: { heroImage: media.id, _status: 'published' },
      overrideAccess: true,
    })
  }
  return uploaded
}
