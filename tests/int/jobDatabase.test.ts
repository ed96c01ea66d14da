/**
 * Command-line jobs on a production SQLite database, as an operator runs them next to the server
 * (issue 10): with or without NODE_ENV, a job leaves the schema and the migrations table as the
 * migrations made them — it used to push the schema in development mode, after which every
 * production start waited on Payload's "data loss will occur. Would you like to proceed? (y/N)".
 * A database the job must not touch is refused in one line, at once, with no terminal attached.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { type Env, jobEnv, runJob } from '../support/runJob'
import { schemaAndMigrations, withSqlite } from '../support/sqliteFile'

let dir: string
let production: string

const exportEs = (file: string, env: Env, stdin: 'ignore' | 'pipe' = 'ignore') =>
  runJob('scripts/translations-export.ts', ['--locale', 'es', '--out', path.join(dir, 'xliff')], {
    env: { ...env, DATABASE_URI: `file:${file}` },
    stdin,
    timeoutMs: 90_000,
  })

/** A copy of the production database for one test. */
async function copyOfProduction(name: string): Promise<string> {
  const file = path.join(dir, `${name}.db`)
  await copyFile(production, file)
  return file
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'passerelle-jobdb-'))
  production = path.join(dir, 'production.db')
  // Built as `npm start` builds it: NODE_ENV=production, the migrations run when Payload connects.
  const seeded = await runJob('scripts/seed.ts', [], {
    env: jobEnv({ NODE_ENV: 'production', DATABASE_URI: `file:${production}` }),
    timeoutMs: 170_000,
  })
  expect(seeded.stderr).toBe('')
  expect(seeded.code).toBe(0)
}, 180_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

test('a job without NODE_ENV, then with NODE_ENV=production, leaves schema and migrations as they were', async () => {
  const before = await schemaAndMigrations(production)
  expect(before.migrations.length).toBeGreaterThan(0)
  expect(before.migrations.every(([, batch]) => batch !== -1)).toBe(true)

  const withoutNodeEnv = await exportEs(production, jobEnv())
  expect(withoutNodeEnv.stderr).toBe('')
  expect(withoutNodeEnv.stdout).toMatch(/passerelle-fr-to-es\.xlf: \d+ document\(s\)/)
  expect(withoutNodeEnv.code).toBe(0)
  expect(await schemaAndMigrations(production)).toEqual(before)

  const inProduction = await exportEs(production, jobEnv({ NODE_ENV: 'production' }))
  expect(inProduction.code).toBe(0)
  expect(await schemaAndMigrations(production)).toEqual(before)
}, 200_000)

test('a database migrated by an older release: the job runs the pending migrations, then its work', async () => {
  const file = await copyOfProduction('older')
  const current = await schemaAndMigrations(file)
  const names = current.migrations.map(([name]) => String(name))
  // As if the database predated the migrations that only add or replace indexes (a migration that
  // changes tables cannot be undone by deleting its row: its columns would stay, and running it again fails).
  const indexOnly = [
    '20261123_183132_bench_indexes',
    '20261130_093149_restore_locale_parent_indexes',
    '20261130_183324_events_ends_at_index',
  ]
  const older = names.filter((name) => !indexOnly.includes(name))
  expect(older.length).toBe(names.length - indexOnly.length)
  await withSqlite(file, async (run) => {
    for (const [index] of await run(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND (name LIKE '%\\_locales\\_parent\\_id\\_idx' ESCAPE '\\' OR name LIKE '%status%createdAt_idx' OR name = 'compound_index_idx')",
    ))
      await run(`DROP INDEX \`${String(index)}\``)
    await run(`DELETE FROM payload_migrations WHERE name IN ('${indexOnly.join("', '")}')`)
  })
  expect((await schemaAndMigrations(file)).migrations.map(([name]) => name)).toEqual(older)

  const result = await exportEs(file, jobEnv())
  expect(result.code).toBe(0)
  const after = await schemaAndMigrations(file)
  expect(after.migrations.map(([name]) => String(name)).sort()).toEqual([...names].sort())
  expect(after.schema).toEqual(current.schema)
}, 120_000)

test('a database whose locale indexes a development-mode push dropped gets them back from the migrations', async () => {
  const file = await copyOfProduction('indexes')
  const current = await schemaAndMigrations(file)
  await withSqlite(file, async (run) => {
    for (const [index] of await run(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%\\_locales\\_parent\\_id\\_idx' ESCAPE '\\'",
    ))
      await run(`DROP INDEX \`${String(index)}\``)
    // The state `npm run migrate` leaves once the operator has accepted: the "dev" marker gone,
    // every earlier migration recorded, the indexes still missing.
    await run("DELETE FROM payload_migrations WHERE name = '20261130_093149_restore_locale_parent_indexes'")
  })
  expect((await schemaAndMigrations(file)).schema.length).toBe(current.schema.length - 18)
  const result = await exportEs(file, jobEnv({ NODE_ENV: 'production' }))
  expect(result.code).toBe(0)
  expect((await schemaAndMigrations(file)).schema).toEqual(current.schema)
}, 120_000)

test('a database pushed in development mode: refused in one line, at once, even with stdin left open', async () => {
  const file = await copyOfProduction('pushed')
  // What a job run without NODE_ENV on main left behind: drizzle's push marker.
  await withSqlite(file, (run) => run("INSERT INTO payload_migrations (name, batch) VALUES ('dev', -1)"))
  const before = await schemaAndMigrations(file)

  for (const stdin of ['ignore', 'pipe'] as const) {
    const result = await exportEs(file, jobEnv({ NODE_ENV: 'production' }), stdin)
    expect(result.timedOut).toBe(false)
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/development-mode schema push .* run `npm run migrate` in a terminal/),
    ])
    expect(result.stdout).not.toMatch(/Would you like to proceed/)
  }
  const withoutNodeEnv = await exportEs(file, jobEnv())
  expect(withoutNodeEnv.code).toBe(1)
  expect(await schemaAndMigrations(file)).toEqual(before)
}, 120_000)

test('a table renamed behind the migrations: refused in one line naming it', async () => {
  const file = await copyOfProduction('renamed')
  await withSqlite(file, (run) => run('ALTER TABLE press_releases_locales RENAME TO press_releases_locales_old'))
  const before = await schemaAndMigrations(file)
  const result = await exportEs(file, jobEnv())
  expect(result.code).toBe(1)
  expect(result.stderr.trim().split('\n')).toEqual([
    expect.stringMatching(/lacks table press_releases_locales after its migrations: it was changed outside migrations/),
  ])
  expect(await schemaAndMigrations(file)).toEqual(before)
}, 120_000)
