// End-to-end run: seed a temporary database, make the production build, start it on 127.0.0.1,
// run the browser suites (jest project "e2e") against it, and stop the server whatever happens.
// Arguments go to jest: `npm run test:e2e -- tests/e2e/a11y.test.ts` runs one file, `-- -t keyboard` one test.
// E2E_SKIP_BUILD=1 reuses the last build (it still seeds a fresh database).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(new URL('..', import.meta.url).pathname)
const bin = (name) => path.join(root, 'node_modules/.bin', name)
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (!existsSync(CHROMIUM)) {
  console.error(`End-to-end tests need Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`)
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
}

function run(command, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`))))
    child.on('error', reject)
  })
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

let server
let exitCode = 1
const stop = () => {
  if (server && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(130) })

try {
  const started = Date.now()
  await run('node', ['scripts/run.mjs', 'scripts/seed.ts', '--with-demo-users'])
  if (!process.env.E2E_SKIP_BUILD) await run(bin('next'), ['build'])
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  server = spawn(bin('next'), ['start', '-H', '127.0.0.1', '-p', String(port)], { cwd: root, env: { ...env, SITE_CACHE_ORIGIN: baseURL }, stdio: ['ignore', 'inherit', 'inherit'], detached: true })
  await waitFor(`${baseURL}/api/site`, 60_000)
  // The first admin render loads the whole admin bundle server-side: do it before the clock runs.
  await waitFor(`${baseURL}/admin/login`, 120_000)
  console.log(`e2e: production server on ${baseURL} (ready after ${Math.round((Date.now() - started) / 1000)} s)`)
  await run(bin('jest'), ['--selectProjects', 'e2e', '--runInBand', ...process.argv.slice(2)], { E2E_BASE_URL: baseURL, NODE_OPTIONS: '--experimental-vm-modules --no-warnings' })
  exitCode = 0
} catch (error) {
  console.error(`e2e: ${error.message}`)
} finally {
  stop()
  rmSync(work, { recursive: true, force: true })
}
process.exit(exitCode)
