/**
 * What a password must be: at least MIN_PASSWORD_LENGTH characters, and not one of the 10,000 most
 * common passwords (commonPasswords.json: the head of the ranked list of @zxcvbn-ts/language-common
 * 4.1.3, MIT), nor one of them with digits or symbols around it, nor a few characters repeated.
 * Checked on every way a password is set: creating a user, changing it, the first user, a reset.
 */
import type { CollectionBeforeOperationHook } from 'payload'

import { adminText } from '../i18n/admin'
import common from './commonPasswords.json'
import { PublicError } from './publicError'

export const MIN_PASSWORD_LENGTH = 12

const commonPasswords = new Set<string>(common)

export type PasswordProblem = 'tooShort' | 'common'

/** `common1234!`, `!!dragon` → the word inside; the whole password when nothing surrounds it. */
const core = (password: string) => password.replace(/^[\d\W_]+|[\d\W_]+$/g, '')

/** `abcabcabcabc` → `abc`; the whole password when it is not a repetition. */
const repeatedUnit = (password: string) => /^(.+?)\1+$/.exec(password)?.[1] ?? password

export function passwordProblem(password: string): PasswordProblem | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort'
  const lower = password.toLowerCase()
  const unit = repeatedUnit(lower)
  if (unit !== lower && [...unit].length <= 4) return 'common'
  for (const candidate of [lower, core(lower), unit, core(unit)])
    if (candidate && commonPasswords.has(candidate)) return 'common'
  return undefined
}

/**
 * The users collection's hook: refuses a weak password (400) with a message in the admin's language,
 * shown by the admin in its toast and on the password field.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password: unknown = (args as { data?: { password?: unknown } }).data?.password
  if (password === undefined || password === null) return args
  const text = adminText(req.i18n?.language)
  const problem = typeof password === 'string' ? passwordProblem(password) : 'tooShort'
  if (!problem) return args
  const message =
    problem === 'tooShort'
      ? text('validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH })
      : text('validation.passwordCommon')
  throw new PublicError('WeakPassword', message, 400, { collection: 'users', errors: [{ message, path: 'password' }] })
}
