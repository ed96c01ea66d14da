/**
 * The users collection's REST login and forgot-password, in place of Payload's own (a collection's
 * endpoints are matched before the ones Payload adds).
 *
 * Login: Payload keeps each account's sessions as a list on the user, read before the password check
 * and written back with the new session, so of ten simultaneous logins the last write won and nine
 * tokens were refused afterwards. Here the logins of one account run one at a time in this process,
 * and a login answers 200 only once its session is read back from the database (tried again up to
 * three times when another process's write replaced it).
 *
 * Forgot-password: the answer is the same, 200 after the same delay, whether the account exists or
 * not; the reset itself (a token stored, the e-mail sent) runs once the answer is sent, and logs its errors.
 */
import {
  addDataAndFileToRequest,
  type Endpoint,
  forgotPasswordOperation,
  headersWithCors,
  loginOperation,
  type PayloadRequest,
} from 'payload'
import { after } from 'next/server'
import { generatePayloadCookie } from 'payload/shared'

import { normalEmail, refuseWhileThrottled, resetThrottle } from './attempts'
import { PublicError } from './publicError'

const LOGIN_TRIES = 3
const FORGOT_PASSWORD_ANSWER_MS = 300

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const turns = new Map<string, Promise<void>>()

/** Runs `work` after every earlier `work` of the same key has finished. */
async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = turns.get(key) ?? Promise.resolve()
  const result = previous.then(work)
  const done = result.then(
    () => undefined,
    () => undefined,
  )
  turns.set(key, done)
  try {
    return await result
  } finally {
    if (turns.get(key) === done) turns.delete(key)
  }
}

/** The session id a token was signed with (`sid`), or undefined when sessions are off. */
function sessionOf(token: string): string | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid?: unknown }
    return typeof claims.sid === 'string' ? claims.sid : undefined
  } catch {
    return undefined
  }
}

async function sessionStored(req: PayloadRequest, userId: number | string, token: string): Promise<boolean> {
  const sid = sessionOf(token)
  if (!sid) return true
  const stored = await req.payload.db.findOne<{ id: number | string; sessions?: { id: string }[] | null }>({
    collection: 'users',
    where: { id: { equals: userId } },
  })
  return Boolean(stored?.sessions?.some((session) => session.id === sid))
}

/** Work started once the answer is sent (Next's `after`), or at once outside a Next request (tests calling the handlers). */
function afterAnswering(work: () => Promise<void>): void {
  try {
    after(work)
  } catch {
    void work()
  }
}

const depthOf = (req: PayloadRequest) => {
  const depth = Number(req.searchParams.get('depth') ?? NaN)
  return Number.isInteger(depth) && depth >= 0 ? depth : undefined
}

export const loginEndpoint: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const collection = req.payload.collections.users
    const data = {
      email: normalEmail(req.data?.email),
      password: typeof req.data?.password === 'string' ? req.data.password : '',
    }
    const result = await oneAtATime(data.email, async () => {
      for (let tries = 1; ; tries++) {
        const result = await loginOperation({ collection, data, depth: depthOf(req), req })
        if (result.token && result.user && (await sessionStored(req, result.user.id, result.token))) return result
        req.payload.logger.warn(`Login of user ${String(result.user?.id)}: its session was not stored (try ${tries})`)
        if (tries === LOGIN_TRIES)
          throw new PublicError('SessionNotStored', 'The session could not be stored: try again.', 503)
      }
    })
    const cookie = generatePayloadCookie({
      collectionAuthConfig: collection.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token as string,
    })
    return Response.json(
      { message: req.t('authentication:passed'), ...result },
      { headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req }), status: 200 },
    )
  },
}

export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const answerAt = Date.now() + FORGOT_PASSWORD_ANSWER_MS
    await addDataAndFileToRequest(req)
    const email = normalEmail(req.data?.email)
    if (!email) throw new PublicError('MissingEmail', 'Missing email.', 400)
    refuseWhileThrottled(resetThrottle, req, email)
    const collection = req.payload.collections.users
    afterAnswering(() =>
      forgotPasswordOperation({ collection, data: { email, password: '' }, req }).then(
        () => undefined,
        (error: unknown) => req.payload.logger.error({ err: error, msg: 'Password reset request failed' }),
      ),
    )
    await sleep(answerAt - Date.now())
    return Response.json(
      { message: req.t('general:success') },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
