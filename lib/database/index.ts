import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { refuse } from './notReady'
import { guardSqliteAdapter } from './sqliteGuard'
import { reconnectSqliteWhenWritable } from './sqliteReconnect'
import { hasTerminal } from './terminal'
import { queueSqliteWrites } from './sqliteWrites'

export const DEFAULT_SQLITE_URI = 'file:./data/passerelle.db'

/** Migrations as `payload migrate:create` writes them for SQLite (migrations/index.ts). */
export type SqliteMigrations = NonNullable<Parameters<typeof sqliteAdapter>[0]['prodMigrations']>

export type DatabaseKind = 'mongodb' | 'sqlite'

export function databaseKind(uri: string): DatabaseKind {
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  if (uri.startsWith('file:') || uri.startsWith('libsql:')) return 'sqlite'
  throw new Error(`DATABASE_URI "${uri}" is neither mongodb://… (MongoDB) nor file:… (embedded SQLite).`)
}

/** libsql cannot create the folder of its file: make it, relative to the working directory as libsql reads it. */
function ensureSqliteFolder(uri: string): void {
  const file = uri.replace(/^file:/, '').split('?')[0]
  if (!file || file.startsWith(':memory:')) return
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * A development-mode schema push (drizzle-kit makes the database match the config, and may ask
 * about renames and data loss) only when asked for by name: PAYLOAD_DB_PUSH=1, which `npm run dev`
 * sets when it runs in a terminal. Never derived from NODE_ENV: a job run without NODE_ENV on a
 * production database must not push.
 */
export function schemaPushRequested(): boolean {
  // The adapter never pushes in production, whatever it is told: nothing to ask there.
  if (process.env.PAYLOAD_DB_PUSH !== '1' || process.env.NODE_ENV === 'production') return false
  if (!hasTerminal())
    refuse(
      'PAYLOAD_DB_PUSH=1 asks for a schema push, which may ask questions, and no terminal is attached: unset PAYLOAD_DB_PUSH (the schema then comes from migrations/), or run `npm run dev` in a terminal.',
    )
  return true
}

/**
 * `mongodb://…` → MongoDB (production, docker compose); unset or `file:…` → embedded SQLite.
 * SQLite runs with transactions so that an import either writes everything or nothing, and takes
 * its schema from the migrations everywhere but `npm run dev` (lib/database/sqliteGuard.ts).
 */
export function databaseAdapter(uri: string, migrations: SqliteMigrations): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') return mongooseAdapter({ url: uri })
  ensureSqliteFolder(uri)
  const push = schemaPushRequested()
  const adapter = sqliteAdapter({
    client: { url: uri },
    transactionOptions: {},
    migrationDir: path.resolve(process.cwd(), 'migrations'),
    prodMigrations: migrations,
    push,
    // Several processes on one file (`npm run cluster`: two servers and the job worker): in WAL mode
    // readers never wait for a writer (writers from other processes retry: sqliteWrites.ts).
    ...(process.env.SQLITE_WAL === 'true' && { wal: true }),
  })
  return queueSqliteWrites(reconnectSqliteWhenWritable(guardSqliteAdapter(adapter, { uri, push })))
}
