// `npm run dev`: seed an empty database (first run on a fresh machine), then start Next in development.
//
// Here only, the database schema follows the collections as you edit them: PAYLOAD_DB_PUSH=1 makes
// Payload push it with drizzle-kit (lib/database), which asks about renames and data loss — so only
// with a terminal to answer (lib/database/terminal.ts decides the same way). Without one (CI, a
// pipe) the schema comes from migrations/, as everywhere else. PAYLOAD_DB_PUSH=0 opts out.
import { spawn } from 'node:child_process'
import { isatty } from 'node:tty'

import nextEnv from '@next/env'

// .env first, as Next reads it, so that PAYLOAD_DB_PUSH=0 there is seen here.
nextEnv.loadEnvConfig(process.cwd(), true)
const ci = process.env.CI
const terminal = isatty(0) && (!ci || ci === 'false' || ci === '0')
const env = { ...process.env }
if (env.PAYLOAD_DB_PUSH === undefined && terminal) env.PAYLOAD_DB_PUSH = '1'
if (env.PAYLOAD_DB_PUSH !== '1')
  console.log('Database schema from migrations/ (no schema push: no terminal, or PAYLOAD_DB_PUSH is not 1).')

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`)),
    )
    child.on('error', reject)
  })
}

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname

try {
  await run(process.execPath, ['scripts/run.mjs', 'scripts/seed.ts', '--if-empty'])
} catch (error) {
  console.error(`Seeding failed: ${error.message}. The site starts anyway; run \`npm run seed\` to see why.`)
}
const next = spawn(bin('next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
