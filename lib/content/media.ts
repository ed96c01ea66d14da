import type { Payload } from 'payload'

import type { LocaleCode } from '../i18n/locales'
import type { Media } from '../../payload-types'

export interface Picture {
  url: string
  width: number
  height: number
  alt: string
  /** The language of the alt text, caption and credit. */
  locale: LocaleCode
  caption: string | null
  credit: string | null
  /** sharp-made sizes (WebP) of the same shape as the original (not the cropped thumbnail), smallest first, for `srcset`. */
  sizes: { url: string; width: number }[]
}

/**
 * Payload prefixes file URLs with its serverURL when one is set; the site serves them itself, so
 * they are kept as paths (next/image then treats them as local, and absoluteUrl() adds the origin once).
 */
export function sitePath(url: string): string {
  const parsed = new URL(url, 'http://site.invalid')
  return `${parsed.pathname}${parsed.search}`
}

/** An image with its alt text in the visitor's language (else its source language); undefined when absent. */
export async function mediaById(
  payload: Payload,
  locale: LocaleCode,
  id: number | undefined,
): Promise<Picture | undefined> {
  if (id === undefined) return undefined
  const read = (l: LocaleCode | undefined) =>
    payload.findByID({
      collection: 'media',
      id,
      locale: l,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: false,
      disableErrors: true,
    }) as Promise<Media | null>
  let media = await read(locale)
  let shownIn = locale
  if (media && !media.alt && media.sourceLocale && media.sourceLocale !== locale) {
    shownIn = media.sourceLocale
    media = await read(shownIn)
  }
  if (!media?.url || !media.width || !media.height) return undefined
  const ratio = media.width / media.height
  const sizes = Object.values(media.sizes ?? {})
    .filter(
      (s): s is { url: string; width: number; height: number } =>
        typeof s?.url === 'string' && typeof s.width === 'number' && typeof s.height === 'number' && s.height > 0,
    )
    .filter((s) => Math.abs(s.width / s.height - ratio) < 0.02)
    .sort((a, b) => a.width - b.width)
  return {
    url: sitePath(media.url),
    width: media.width,
    height: media.height,
    alt: media.alt ?? '',
    locale: shownIn,
    caption: media.caption ?? null,
    credit: media.credit ?? null,
    sizes: sizes.map((s) => ({ url: sitePath(s.url), width: s.width })),
  }
}

/** A list card's small picture: the collection's 400 × 300 crop (WebP), made at upload. */
export interface Thumbnail {
  url: string
  width: number
  height: number
}

/** The thumbnails of the images `ids`, in one read (a list page's ten cards), by image id. */
export async function thumbnailsByIds(payload: Payload, ids: number[]): Promise<Map<number, Thumbnail>> {
  const unique = [...new Set(ids)]
  const thumbnails = new Map<number, Thumbnail>()
  if (unique.length === 0) return thumbnails
  const found = await payload.find({
    collection: 'media',
    where: { id: { in: unique } },
    select: { sizes: { thumbnail: true } },
    limit: unique.length,
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  for (const media of found.docs) {
    const thumbnail = media.sizes?.thumbnail
    if (thumbnail?.url && thumbnail.width && thumbnail.height)
      thumbnails.set(media.id, { url: sitePath(thumbnail.url), width: thumbnail.width, height: thumbnail.height })
  }
  return thumbnails
}
