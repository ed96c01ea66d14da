import type { CollectionAfterLoginHook, Payload, Where } from 'payload'

import { isTranslator, translatorLocales, type AccessUser } from '../../../access/roles'
import { defaultLocale, localeCodes, type LocaleCode } from '../../../lib/i18n/locales'

/** The language most documents are written in (their original language): French for this organisation's demo content. */
export async function mainContentLocale(payload: Payload): Promise<LocaleCode> {
  const counts = await Promise.all(
    localeCodes.map((locale) =>
      payload
        .count({ collection: 'press-releases', where: { sourceLocale: { equals: locale } }, overrideAccess: true })
        .then((c) => c.totalDocs),
    ),
  )
  const most = Math.max(...counts)
  return most > 0 ? localeCodes[counts.indexOf(most)] : defaultLocale
}

/**
 * The content language the admin opens in, chosen once, at a person's first login: a translator's
 * first language, anyone else's the language the content is written in. Payload otherwise opens in
 * the default locale (English), where a French document has no title of its own. Payload keeps the
 * choice as the user's `locale` preference, which the language menu changes afterwards.
 */
export const startInContentLanguage: CollectionAfterLoginHook = async ({ req, user }) => {
  // Not through `req`: the Local API would set its locale on the login's request.
  const { payload } = req
  const mine: Where = {
    and: [
      { key: { equals: 'locale' } },
      { 'user.relationTo': { equals: 'users' } },
      { 'user.value': { equals: user.id } },
    ],
  }
  const chosen = await payload.count({ collection: 'payload-preferences', where: mine, overrideAccess: true })
  if (chosen.totalDocs > 0) return user
  const accessUser = user as AccessUser
  const locale = isTranslator(accessUser)
    ? (translatorLocales(accessUser)[0] ?? (await mainContentLocale(payload)))
    : await mainContentLocale(payload)
  await payload.create({
    collection: 'payload-preferences',
    data: { key: 'locale', user: { relationTo: 'users', value: user.id }, value: locale },
    overrideAccess: true,
  })
  return user
}
