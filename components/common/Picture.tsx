import Image from 'next/image'

import type { Picture as PictureData } from '@/lib/content/media'
import type { LocaleCode } from '@/lib/i18n/locales'

/**
 * A responsive image through next/image with its alt text in the visitor's language. Lazy unless it
 * is the page's first, above-the-fold image (`priority`).
 */
export function Picture({
  image,
  locale,
  priority = false,
  sizes = '(min-width: 60rem) 60rem, 100vw',
}: {
  image: PictureData
  locale: LocaleCode
  priority?: boolean
  sizes?: string
}) {
  return (
    <figure className="picture">
      <Image
        src={image.url}
        alt={image.alt}
        lang={image.locale === locale ? undefined : image.locale}
        width={image.width}
        height={image.height}
        sizes={sizes}
        priority={priority}
        loading={priority ? undefined : 'lazy'}
      />
      {image.caption || image.credit ? (
        <figcaption lang={image.locale === locale ? undefined : image.locale}>
          {image.caption}
          {image.credit ? <span className="credit"> © {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
