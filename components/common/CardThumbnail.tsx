import { getImageProps } from 'next/image'

import type { Thumbnail } from '@/lib/content/media'

/**
 * A list card's picture, small, through next/image (dimensions, lazy loading) onto the collection's
 * 400 × 300 crop: one file, made at upload, so no srcset and nothing resized while a visitor waits;
 * shown at most 8rem wide (site.css), it is sharp up to 3 device pixels per CSS pixel.
 * Decorative (empty alt): the card's linked title says what the release is, and the picture's own
 * description is on the release's page, where the picture is shown whole.
 */
export function CardThumbnail({ thumbnail }: { thumbnail: Thumbnail }) {
  const { props } = getImageProps({
    src: thumbnail.url,
    alt: '',
    width: thumbnail.width,
    height: thumbnail.height,
    unoptimized: true,
    loading: 'lazy',
  })
  // eslint-disable-next-line @next/next/no-img-element -- next/image's props (getImageProps)
  return <img {...props} alt="" className="card-thumbnail" />
}
