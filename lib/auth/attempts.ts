/**
 * Logins and password-reset requests, held back per client address and per account from each
 * address (lib/auth/throttle.ts), and answered alike whether the account exists or not.
 * As hooks of the users collection, so they hold for REST, GraphQL and the admin alike.
 */
import { pbkdf2, randomBytes } from 'node:crypto'

import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { adminText } from '../i18n/admin'
import { PublicError } from './publicError'
import { ClientThrottle, clientAddress } from './throttle'

const MINUTE = 60_000

/** 20 wrong passwords per address, 5 per account from one address, in 15 minutes. */
export const loginThrottle = new ClientThrottle({ limit: 20, ms: 15 * MINUTE }, { limit: 5, ms: 15 * MINUTE })
/** 10 reset requests per address, 3 per account from one address, in an hour. */
export const resetThrottle = new ClientThrottle({ limit: 10, ms: 60 * MINUTE }, { limit: 3, ms: 60 * MINUTE })

export const normalEmail = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase().trim() : '')

/** 429 in the admin's language, with the wait in whole minutes. */
export function tooManyAttempts(req: PayloadRequest, waitMs: number): PublicError {
  const minutes = Math.max(1, Math.ceil(waitMs / MINUTE))
  return new PublicError(
    'TooManyAttempts',
    adminText(req.i18n?.language)('validation.tooManyAttempts', { minutes }),
    429,
    {
      minutes,
    },
  )
}

/** Throws 429 when this client must wait before trying this account again. */
export function refuseWhileThrottled(throttle: ClientThrottle, req: PayloadRequest, email: string): void {
  const wait = throttle.waitFor(clientAddress(req.headers), email)
  if (wait > 0) throw tooManyAttempts(req, wait)
}

// Payload's current hash: PBKDF2-SHA256, 600,000 iterations, 32 bytes (generatePasswordSaltHash).
const DUMMY_SALT = randomBytes(32).toString('hex')
const hashLikePayload = (password: string) =>
  new Promise<void>((resolve) => pbkdf2(password, DUMMY_SALT, 600_000, 32, 'sha256', () => resolve()))

const dataOf = (args: unknown) => (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}

/**
 * Before a login: a client that failed too often waits; the attempt counts as a failure until it
 * succeeds (afterLogin takes it back), so that parallel guesses are counted too. An unknown e-mail
 * costs the same password hash as a known one (Payload answered it at once: 9 ms against 222 ms).
 * Before a reset request: the same throttle, every request counted.
 */
export const throttleAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const email = normalEmail(dataOf(args).email)
  const throttle = operation === 'login' ? loginThrottle : resetThrottle
  refuseWhileThrottled(throttle, req, email)
  throttle.fail(clientAddress(req.headers), email)
  if (operation === 'login' && email) {
    const user = await req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: email } } })
    const password = dataOf(args).password
    if (!user) await hashLikePayload(typeof password === 'string' ? password : '')
  }
  return args
}

export const forgiveSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  loginThrottle.succeed(clientAddress(req.headers), normalEmail((user as { email?: unknown }).email))
  return user
}
