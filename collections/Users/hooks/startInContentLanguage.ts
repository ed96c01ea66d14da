import type { CollectionAfterLoginHook, Payload, PayloadRequest, Where } from 'payload'

import { isTranslator, translatorLocales, type AccessUser } from '../../../access/roles'
import type { PayloadPreference } from '../../../payload-types'
import { withRequestRestored } from '../../../lib/editorial/sharedRequest'
import { defaultLocale, localeCodes, type LocaleCode } from '../../../lib/i18n/locales'

/** The language most documents are written in (their original language): French for this organisation's demo content. */
export async function mainContentLocale(payload: Payload, req?: PayloadRequest): Promise<LocaleCode> {
  const counts: number[] = []
  for (const locale of localeCodes)
    counts.push(
      (
        await payload.count({
          collection: 'press-releases',
          where: { sourceLocale: { equals: locale } },
          overrideAccess: true,
          req,
        })
      ).totalDocs,
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
export const startInContentLanguage: CollectionAfterLoginHook = ({ req, user }) =>
  withRequestRestored(req, async () => {
    await rememberContentLanguage(req, user as AccessUser)
    return user
  })

async function rememberContentLanguage(req: PayloadRequest, user: AccessUser): Promise<void> {
  // Through the login's request, inside its transaction: on SQLite a write beside it would wait for its lock.
  const { payload } = req
  const mine: Where = {
    and: [
      { key: { equals: 'locale' } },
      { 'user.relationTo': { equals: 'users' } },
      { 'user.value': { equals: user.id } },
    ],
  }
  const chosen = await payload.count({ collection: 'payload-preferences', where: mine, overrideAccess: true, req })
  if (chosen.totalDocs > 0) return
  const locale = (isTranslator(user) && translatorLocales(user)[0]) || (await mainContentLocale(payload, req))
  await payload.create({
    collection: 'payload-preferences',
    // The generated type knows SQLite's numeric ids; MongoDB's are strings.
    data: { key: 'locale', user: { relationTo: 'users', value: user.id } as PayloadPreference['user'], value: locale },
    overrideAccess: true,
    req,
  })
}
