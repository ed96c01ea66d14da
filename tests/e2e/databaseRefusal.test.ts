/**
 * `next start` (the production build) on a database it must not use, as after a job run without
 * NODE_ENV on main had pushed the schema in development mode: the server used to wait, silently and
 * for ever, on Payload's "data loss will occur. Would you like to proceed? (y/N)" (accepting
 * connections, answering none). Now it logs one line naming the cause and the fix, and answers 503
 * on every address within seconds — with its stdin an open pipe nobody writes to.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { jobEnv, runJob } from '../support/runJob'
import { withSqlite } from '../support/sqliteFile'

let dir: string
let server: ChildProcess | undefined
let log = ''
let base = ''

/** A port nobody listens on (scripts/lib/server.mjs has the same, but jest compiles .mjs as CommonJS). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'passerelle-refusal-'))
  const file = path.join(dir, 'pushed.db')
  // A production database (migrated as `npm start` does), then the marker a development-mode push leaves.
  const migrated = await runJob('scripts/translations-backfill.ts', [], {
    env: jobEnv({ NODE_ENV: 'production', DATABASE_URI: `file:${file}`, PAYLOAD_SECRET: 'refusal-test' }),
  })
  expect(migrated.stderr).toBe('')
  expect(migrated.code).toBe(0)
  await withSqlite(file, (run) => run("INSERT INTO payload_migrations (name, batch) VALUES ('dev', -1)"))

  const port = await freePort()
  server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...jobEnv({ NODE_ENV: 'production' }),
      DATABASE_URI: `file:${file}`,
      PAYLOAD_SECRET: 'refusal-test',
      NEXT_TELEMETRY_DISABLED: '1',
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  })
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  base = `http://127.0.0.1:${port}`
})

afterAll(async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  await rm(dir, { recursive: true, force: true })
})

/** The first answer of the server, however long it takes to listen (up to `ms`). */
async function firstAnswer(url: string, ms: number): Promise<{ status: number; body: string; after: number }> {
  const started = Date.now()
  while (Date.now() - started < ms) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      return { status: response.status, body: await response.text(), after: Date.now() - started }
    } catch {
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  throw new Error(`${url}: no answer within ${ms / 1000} s. Server log:\n${log}`)
}

test('answers 503 on every address at once and logs the cause and the fix in one line', async () => {
  const first = await firstAnswer(`${base}/en`, 60_000)
  expect(first.status).toBe(503)
  expect(first.body).toMatch(/unavailable/)
  // No file path or detail for visitors: those are in the log.
  expect(first.body).not.toMatch(/payload_migrations|\.db/)
  for (const address of ['/fr/news', '/admin', '/api/site', '/api/press-releases']) {
    const started = Date.now()
    const response = await fetch(`${base}${address}`, { signal: AbortSignal.timeout(5_000) })
    expect({ address, status: response.status }).toEqual({ address, status: 503 })
    expect(Date.now() - started).toBeLessThan(5_000)
  }
  const lines = log.split('\n').filter((line) => /development-mode schema push/.test(line))
  expect(lines).toEqual([expect.stringMatching(/run `npm run migrate` in a terminal/)])
  expect(log).not.toMatch(/Would you like to proceed/)
})
