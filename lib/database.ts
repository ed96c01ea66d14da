import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

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
 * `mongodb://…` → MongoDB (production, docker compose); unset or `file:…` → embedded SQLite.
 * SQLite runs with transactions so that an import either writes everything or nothing.
 */
export function databaseAdapter(uri: string, prodMigrations: SqliteMigrations): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') return mongooseAdapter({ url: uri })
  ensureSqliteFolder(uri)
  return queueSqliteWrites(
    sqliteAdapter({
      client: { url: uri },
      transactionOptions: {},
      migrationDir: path.resolve(process.cwd(), 'migrations'),
      prodMigrations,
    }),
  )
}
