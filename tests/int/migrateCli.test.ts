/**
 * Payload's own migration commands with no terminal (CI, cron, a pipe): where Payload or drizzle-kit
 * would ask a question nobody can answer, one line naming the cause and the fix, exit 1, nothing
 * written.
 */
import { spawn } from 'node:child_process'
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { type Env, jobEnv, runJob } from '../support/runJob'
import { withSqlite } from '../support/sqliteFile'

let dir: string

function payloadCli(args: string[], env: Env): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve('node_modules/.bin/payload'), args, {
      env: { ...env, NODE_OPTIONS: '' } as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

/** Payload's own log lines are JSON; the refusal is the one line that is not. */
const plainLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('{'))
    .map((line) => line.trim())

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'passerelle-migrate-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

test('migrate:create with nothing changed: one line, exit 1, no file written', async () => {
  const before = await readdir('migrations')
  const { code, output } = await payloadCli(['migrate:create', 'nothing'], jobEnv())
  expect(plainLines(output)).toEqual([
    expect.stringMatching(
      /^No schema change since \d{8}_\d{6}_\w+\.json: no migration written\. .*--force-accept-warning/,
    ),
  ])
  expect(code).toBe(1)
  expect(await readdir('migrations')).toEqual(before)
}, 120_000)

test('migrate on a database pushed in development mode: one line, exit 1, the database untouched', async () => {
  const file = path.join(dir, 'pushed.db')
  const migrated = await runJob('scripts/translations-backfill.ts', [], {
    env: jobEnv({ DATABASE_URI: `file:${file}` }),
  })
  expect(migrated.code).toBe(0)
  await withSqlite(file, (run) => run("INSERT INTO payload_migrations (name, batch) VALUES ('dev', -1)"))
  const copy = path.join(dir, 'copy.db')
  await copyFile(file, copy)
  const { code, output } = await payloadCli(['migrate'], jobEnv({ DATABASE_URI: `file:${file}` }))
  expect(plainLines(output)).toEqual([
    expect.stringMatching(/development-mode schema push .* run `npm run migrate` in a terminal/),
  ])
  expect(code).toBe(1)
  const rows = (f: string) => withSqlite(f, (run) => run('SELECT name, batch FROM payload_migrations ORDER BY id'))
  expect(await rows(file)).toEqual(await rows(copy))
}, 180_000)
