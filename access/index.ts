/**
 * Who may do what, in one place. Collections compose these one-liners; the translator's
 * field-level limits belong to the translation module (translation/hooks/translatorScope.ts, a
 * beforeOperation hook, and read-only shared fields in translation/sharedFields.ts).
 */
import type { Access, FieldAccess, Where } from 'payload'

import { isAdmin, isEditor, isStaff, mayTranslateInto, type AccessUser } from './roles'

export * from './roles'

const userOf = (req: { user?: unknown }): AccessUser | null => (req.user as AccessUser | null | undefined) ?? null

const publishedOnly: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true

export const admins: Access = ({ req }) => isAdmin(userOf(req))

export const editors: Access = ({ req }) => isEditor(userOf(req))

export const staff: Access = ({ req }) => isStaff(userOf(req))

/** Visitors read published documents only; staff also read drafts. */
export const publishedOrStaff: Access = ({ req }) => (isStaff(userOf(req)) ? true : publishedOnly)

/** Editors edit anything; translators edit existing documents in the locales they hold. */
export const editorsOrTranslatorsInTheirLocale: Access = ({ req }) =>
  isEditor(userOf(req)) || mayTranslateInto(userOf(req), req.locale ?? undefined)

/** Users: admins see everyone, staff see themselves, visitors see no one. */
export const adminsOrSelf: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}

export const adminFieldOnly: FieldAccess = ({ req }) => isAdmin(userOf(req))

/** Access for editorial collections with drafts: the rules of the design, in one object. */
export const editorialAccess = {
  read: publishedOrStaff,
  readVersions: staff,
  create: editors,
  update: editorsOrTranslatorsInTheirLocale,
  delete: editors,
}

/**
 * Offices: drafts since the page importer creates the offices it finds named but unknown, for an
 * editor to complete. Visitors read every office but drafts: one saved before offices had drafts
 * has no status (MongoDB keeps such documents as they were) and stays public.
 */
const notDraft: Where = { _status: { not_equals: 'draft' } }

export const officeAccess = {
  ...editorialAccess,
  read: (({ req }) => (isStaff(userOf(req)) ? true : notDraft)) satisfies Access,
}

/** Access for reference collections without drafts (media): public to read. */
export const referenceAccess = {
  read: anyone,
  create: editors,
  update: editorsOrTranslatorsInTheirLocale,
  delete: editors,
}
