/**
 * Where browsers reach this site, for the two rules that depend on it: which origins may send the
 * login cookie (Payload's CSRF allowlist) and whether the cookie is `Secure`.
 */

type Env = Record<string, string | undefined>

/** The origin of NEXT_PUBLIC_SERVER_URL (`https://example.org`), or undefined when unset or not an address. */
export function publicOrigin(env: Env = process.env): string | undefined {
  const address = env.NEXT_PUBLIC_SERVER_URL?.trim()
  if (!address) return undefined
  try {
    return new URL(address).origin
  } catch {
    return undefined
  }
}

/**
 * Origins whose requests may carry the login cookie. Never empty: Payload accepts the cookie from any
 * origin when its list is empty, which let a page on another port of the same host post as the
 * logged-in editor (same-site, so the browser sent the cookie). Without a public address, the server
 * is reached on this machine only: its own port (PORT, which `next start` sets) on localhost and 127.0.0.1.
 */
export function csrfOrigins(env: Env = process.env): string[] {
  const origin = publicOrigin(env)
  if (origin) return [origin]
  const port = env.PORT?.trim() || '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

/** The login cookie is sent over https only when the site is served over https. */
export function secureCookies(env: Env = process.env): boolean {
  return publicOrigin(env)?.startsWith('https:') ?? false
}
