/**
 * An address Next cannot decode (`/fr/news/%ff`, `/api/%c0`): its router answered 500 while matching
 * the route, before any of our code ran. The proxy answers 400 for it instead.
 */
export function undecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

export const BAD_ADDRESS_TEXT = 'Bad request: this address has an invalid percent-encoding.'
