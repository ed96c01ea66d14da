import type { MetadataRoute } from 'next'

import { brandColours } from '@/lib/brand/mark'
import { getSiteFrame } from '@/lib/content/site'
import { defaultLocale } from '@/lib/i18n/locales'

/** /manifest.webmanifest: the name and icons a phone shows for the site saved to its home screen. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const site = await getSiteFrame(defaultLocale)
  const name = site.organisationName.text || 'Passerelle'
  return {
    name,
    short_name: site.shortName?.text || name,
    start_url: '/',
    display: 'browser',
    background_color: brandColours.white,
    theme_color: brandColours.blue,
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  }
}
