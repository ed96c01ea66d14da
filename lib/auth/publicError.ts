import { APIError } from 'payload'

/**
 * An error whose message the client sees (the admin shows it in a toast). Named, because Payload
 * hides the message of an error without a name, and a production build renames its classes.
 */
export class PublicError extends APIError<Record<string, unknown> | null> {
  constructor(name: string, message: string, status: number, data: Record<string, unknown> | null = null) {
    super(message, status, data, true)
    this.name = name
  }
}
