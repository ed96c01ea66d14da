// End-to-end run: make the production build, seed a temporary database, start it on 127.0.0.1,
// run the browser suites (jest project "e2e") against it, and stop the server whatever happens.
// Arguments go to jest: `npm run test:e2e -- tests/e2e/a11y.test.ts` runs one file, `-- -t keyboard` one test.
// E2E_SKIP_BUILD=1 reuses the last build (it still seeds a fresh database).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { bin, NEXT_BUILD_ARGS, run as runIn, startServer, waitFor } from './lib/server.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (!existsSync(CHROMIUM)) {
  console.error(
    `End-to-end tests need Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  )
  process.exit(1)
}

const work = mkdtempSync(path.join(tmpdir(), 'passerelle-e2e-'))
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URI: `file:${path.join(work, 'e2e.db')}`,
  PAYLOAD_SECRET: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  PAYLOAD_LOG_LEVEL: 'warn',
  // The job runner checks the queue every 2 s instead of every minute (tests/e2e/schedule.test.ts).
  PAYLOAD_JOBS_CRON: '*/2 * * * * *',
  CHROMIUM_PATH: CHROMIUM,
  // No SMTP: the server saves each e-mail here, where tests/e2e/accounts.test.ts reads the reset link.
  EMAIL_CAPTURE_DIR: path.join(work, 'mail'),
}

const run = (command, args, extraEnv = {}) => runIn(command, args, { ...env, ...extraEnv })

let server
let exitCode = 1
const stop = () => server?.stop()
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    void Promise.resolve(stop()).finally(() => process.exit(130))
  })

try {
  const started = Date.now()
  // Built as the Docker image is, against a throwaway empty database: the pages the build renders
  // are empty, and the server must expire them at start (instrumentation.ts) to show the seeded site.
  if (!process.env.E2E_SKIP_BUILD)
    await run(bin('next'), NEXT_BUILD_ARGS, { DATABASE_URI: `file:${path.join(work, 'build.db')}` })
  await run(process.execPath, ['scripts/run.mjs', 'scripts/seed.ts', '--with-demo-users'])
  // Its public address is the one it listens on, given when it starts, not at build (the build's
  // default is http://localhost:3000): tests/e2e/publicAddress.test.ts finds it in every output.
  // Payload takes it as its serverURL too, so the admin keeps accepting logins made there.
  server = await startServer(env, { ownPublicAddress: true })
  const { baseURL } = server
  // The first admin render loads the whole admin bundle server-side: do it before the clock runs.
  await waitFor(`${baseURL}/admin/login`, 120_000)
  console.log(`e2e: production server on ${baseURL} (ready after ${Math.round((Date.now() - started) / 1000)} s)`)
  await run(bin('jest'), ['--selectProjects', 'e2e', '--runInBand', ...process.argv.slice(2)], {
    E2E_BASE_URL: baseURL,
    E2E_PUBLIC_ADDRESS: baseURL,
    NODE_OPTIONS: '--experimental-vm-modules --no-warnings',
  })
  exitCode = 0
} catch (error) {
  console.error(`e2e: ${error.message}`)
} finally {
  await stop()
  rmSync(work, { recursive: true, force: true })
}
process.exit(exitCode)
