import type { ServerProps } from 'payload'

import { isStaff, type AccessUser } from '../../access/roles'
import { adminText } from '../../lib/i18n/admin'
import '../../translation/admin/translations.css'

/** Links to the Translations and Scheduled screens, at the top of the admin's navigation. */
export function NavLinks({ user, i18n }: ServerProps) {
  if (!isStaff(user as AccessUser | undefined)) return null
  const text = adminText(i18n?.language)
  return (
    <nav className="tr-nav" aria-label={text('screens.translations.title')}>
      <a href="/admin/translations">{text('screens.translations.title')}</a>
      <a href="/admin/scheduled">{text('screens.scheduled.title')}</a>
    </nav>
  )
}
