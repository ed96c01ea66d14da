/**
 * An address Next cannot decode (`/fr/news/%ff`, `/api/%c0`): its router answered 500 while matching
 * the route, before any of our code ran. The proxy answers 400 for it instead, and for control characters.
 */
export function undecodablePath(pathname: string): boolean {
  try {
    // A NUL or another control character (`/fr/%00`) cannot name a page either: the page cache
    // failed to store its 404 under such a name, after seconds of rendering.
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname))
  } catch {
    return true
  }
}

export const BAD_ADDRESS_TEXT = 'Bad request: this address has an invalid percent-encoding or control characters.'
