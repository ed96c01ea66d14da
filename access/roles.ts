import type { LocaleCode } from '../lib/i18n/locales'
import type { Role } from '../lib/reference/taxonomy'

/** The part of a logged-in user that access rules read. */
export interface AccessUser {
  id: number | string
  role?: Role | null
  languages?: LocaleCode[] | null
  collection?: string
}

type MaybeUser = AccessUser | null | undefined

export const isAdmin = (user: MaybeUser): boolean => user?.role === 'admin'

/** Editors and admins write content; translators only translate it. */
export const isEditor = (user: MaybeUser): boolean => user?.role === 'admin' || user?.role === 'editor'

export const isTranslator = (user: MaybeUser): boolean => user?.role === 'translator'

/** Anyone who works in the admin: may read drafts and versions. */
export const isStaff = (user: MaybeUser): boolean => isEditor(user) || isTranslator(user)

export function translatorLocales(user: MaybeUser): LocaleCode[] {
  return isTranslator(user) ? (user?.languages ?? []) : []
}

export function mayTranslateInto(user: MaybeUser, locale: string | undefined): boolean {
  return isTranslator(user) && typeof locale === 'string' && (translatorLocales(user) as string[]).includes(locale)
}
