/** A development-only key: signs local logins, never used when NODE_ENV=production. */
const DEVELOPMENT_SECRET = 'passerelle-development-secret-not-for-production'

export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  // `next build` evaluates the config but signs nothing: it may run where the secret is not given.
  if (env.NEXT_PHASE === 'phase-production-build') return DEVELOPMENT_SECRET
  if (env.NODE_ENV === 'production')
    throw new Error(
      'PAYLOAD_SECRET is not set. In production Passerelle needs a long random secret to sign logins: ' +
        'set PAYLOAD_SECRET (e.g. `openssl rand -hex 32`) in the environment or in .env, then start again.',
    )
  return DEVELOPMENT_SECRET
}
