import type { ServerProps } from 'payload'

import { LogoMark } from '../brand/LogoMark'
import { defaultLocale, isLocale } from '../../lib/i18n/locales'
import './brand.css'

/**
 * The login page's logo: the organisation's mark and name, the name in the admin's language (the
 * site settings' text, else Passerelle).
 */
export async function BrandLogo({ payload, i18n }: ServerProps) {
  const locale = isLocale(i18n?.language) ? i18n.language : defaultLocale
  const site = await payload.findGlobal({ slug: 'site', locale, fallbackLocale: false, depth: 0 })
  return (
    <span className="brand-logo">
      <LogoMark size={56} />
      <span className="brand-logo__name">{site.organisationName || 'Passerelle'}</span>
    </span>
  )
}
