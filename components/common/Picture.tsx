import { getImageProps, type ImageLoader } from 'next/image'

import type { Picture as PictureData } from '@/lib/content/media'
import type { LocaleCode } from '@/lib/i18n/locales'

/** A document's main image spans the text column: the page's width on phones, 42rem (the measure) beyond. */
export const DOCUMENT_IMAGE_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)'

/**
 * The media collection's own WebP size nearest above a requested width (else the largest, else the
 * original): the files sharp made at upload, so no image is resized while a visitor waits.
 */
function collectionSizeLoader(image: PictureData): ImageLoader {
  return ({ width }) => (image.sizes.find((size) => size.width >= width) ?? image.sizes.at(-1) ?? image).url
}

/** The candidates the browser chooses from: each collection size once, with its real width. */
function srcSetOf(image: PictureData): string | undefined {
  if (image.sizes.length === 0) return undefined
  return image.sizes.map((size) => `${size.url} ${size.width}w`).join(', ')
}

/**
 * A responsive image through next/image (getImageProps: dimensions, `sizes`, loading and priority)
 * onto the collection's sizes, with its alt text in the visitor's language. Lazy unless it is the
 * page's first, above-the-fold image (`priority`: loaded at once, fetched first).
 */
export function Picture({
  image,
  locale,
  priority = false,
  sizes = DOCUMENT_IMAGE_SIZES,
}: {
  image: PictureData
  locale: LocaleCode
  priority?: boolean
  sizes?: string
}) {
  const { props } = getImageProps({
    src: image.url,
    alt: image.alt,
    width: image.width,
    height: image.height,
    sizes,
    loader: collectionSizeLoader(image),
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : undefined,
  })
  const lang = image.locale === locale ? undefined : image.locale
  return (
    <figure className="picture">
      {/* eslint-disable-next-line @next/next/no-img-element -- next/image's props (getImageProps), our srcset */}
      <img {...props} srcSet={srcSetOf(image) ?? props.srcSet} alt={image.alt} lang={lang} />
      {image.caption || image.credit ? (
        <figcaption lang={lang}>
          {image.caption}
          {image.credit ? <span className="credit"> © {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
