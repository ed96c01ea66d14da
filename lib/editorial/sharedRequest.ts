import type { PayloadRequest } from 'payload'

/**
 * Runs Local API calls that must share a hook's request — its transaction: on SQLite a write made
 * outside it waits for the lock the request holds, and fails "database is locked" — yet read or
 * write in other locales. Payload sets `req.locale` to each call's locale on a request it is given
 * (the save in progress would then write its fields in that locale; 'all' loses them) and replaces
 * `req.context` with a copy. Both are restored after.
 */
export async function withRequestRestored<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale, context } = req
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
    req.context = context
  }
}
