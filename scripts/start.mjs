// `npm start`: refuse to start a production server without PAYLOAD_SECRET or without the site's
// public address, then hand over to `next start`.
import { spawn } from 'node:child_process'

import nextEnv from '@next/env'

import { publicAddressProblem } from './lib/publicAddress.mjs'
import { NEXT_START_ARGS } from './lib/server.mjs'
import { withServerMemorySettings } from './lib/serverMemory.mjs'

nextEnv.loadEnvConfig(process.cwd(), false)

if (!process.env.PAYLOAD_SECRET?.trim()) {
  console.error(
    'PAYLOAD_SECRET is not set. In production Passerelle needs a long random secret to sign logins:\n' +
      '  set PAYLOAD_SECRET (e.g. `openssl rand -hex 32`) in the environment or in .env, then start again.',
  )
  process.exit(1)
}

const addressProblem = publicAddressProblem(process.env.NEXT_PUBLIC_SERVER_URL)
if (addressProblem) {
  console.error(addressProblem)
  process.exit(1)
}

const next = spawn(
  new URL('../node_modules/.bin/next', import.meta.url).pathname,
  [...NEXT_START_ARGS, ...process.argv.slice(2)],
  { stdio: 'inherit', env: withServerMemorySettings(process.env) },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
