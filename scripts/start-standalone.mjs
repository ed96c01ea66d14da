// The production image's entry (Dockerfile, runtime stage): refuse to start without PAYLOAD_SECRET,
// as `npm start` does (scripts/start.mjs), then run Next's standalone server (server.js beside it).
if (!process.env.PAYLOAD_SECRET?.trim()) {
  console.error(
    'PAYLOAD_SECRET is not set. In production Passerelle needs a long random secret to sign logins:\n' +
      '  set PAYLOAD_SECRET (e.g. `openssl rand -hex 32`) in the environment, then start again.',
  )
  process.exit(1)
}
await import(new URL('./server.js', import.meta.url).href)
