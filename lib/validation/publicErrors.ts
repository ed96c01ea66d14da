import { APIError, ValidationError, type PayloadRequest } from 'payload'

/**
 * Refusals whose reason reaches an API client of the production build. There Payload's REST error
 * answer loses what it reads from the error's class (the minified build renames classes and
 * `instanceof` fails across chunks): an APIError's message became "An unknown error occurred." and a
 * ValidationError kept only "The following field is invalid: title", without the reason.
 */
export function publicError(message: string, status: 400 | 403): Error {
  const error = new APIError(message, status, undefined, true)
  error.name = 'APIError'
  return error
}

export interface FieldError {
  path: string
  message: string
}

/** A ValidationError (field messages for the admin's form) whose message also says why, for API clients. */
export function fieldsError(collection: string, errors: FieldError[], req: PayloadRequest): ValidationError {
  const error = new ValidationError({ collection, errors, req }, req.t)
  error.message = `${error.message} (${errors.map((e) => `${e.path}: ${e.message}`).join(' ')})`
  return error
}
