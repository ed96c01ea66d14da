import type { ServerProps } from 'payload'

import { isStaff, type AccessUser } from '../../access/roles'
import { adminText } from './adminText'
import '../../translation/admin/translations.css'

/** Links to the Translations and Scheduled screens, under the collections in the admin's navigation. */
export function NavLinks({ user, i18n }: ServerProps) {
  if (!isStaff(user as AccessUser | undefined)) return null
  const text = adminText(i18n?.language)
  return (
    <nav className="tr-nav" aria-label={text.translations}>
      <a href="/admin/translations">{text.translations}</a>
      <a href="/admin/scheduled">{text.scheduled}</a>
    </nav>
  )
}
