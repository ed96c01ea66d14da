import type { ServerProps } from 'payload'

import { isStaff, type AccessUser } from '../../access/roles'
import { adminText } from '../../lib/i18n/admin'
import '../../translation/admin/translations.css'

function WorkScreens({ user, i18n, className }: Pick<ServerProps, 'user' | 'i18n'> & { className: string }) {
  if (!isStaff(user as AccessUser | undefined)) return null
  const text = adminText(i18n?.language)
  return (
    <nav className={className} aria-label={text('dashboard.shortcuts')}>
      <a href="/admin/translations">{text('screens.translations.title')}</a>
      <a href="/admin/scheduled">{text('screens.scheduled.title')}</a>
    </nav>
  )
}

/** Links to the Translations and Scheduled screens, at the top of the admin's navigation. */
export function NavLinks({ user, i18n }: ServerProps) {
  return <WorkScreens user={user} i18n={i18n} className="tr-nav" />
}

/**
 * The same links in the admin's header, on every screen: below 1440 px Payload's navigation is a
 * drawer that starts closed, so links there alone need a click to be seen.
 */
export function HeaderLinks({ user, i18n }: ServerProps) {
  return <WorkScreens user={user} i18n={i18n} className="tr-header-links" />
}
