/**
 * Payload's SQLite adapter, held to one rule: outside `npm run dev` the schema changes only through
 * the migrations in migrations/, and nothing waits for an answer nobody can give.
 *
 * - Every process that opens the database (server, job, test) runs the pending migrations, as
 *   `npm start` always has (the adapter does so itself only when NODE_ENV=production; jobs run
 *   without it and used to push the schema instead, marking the database as pushed — from then on
 *   every production start waited on Payload's "data loss will occur. Would you like to proceed?").
 * - A database marked by a development-mode push is refused with one line, except by
 *   `npm run migrate` in a terminal, where Payload asks and the person answers.
 * - After its migrations the database must have every table and column the config needs, or it is
 *   refused with one line (a table dropped or renamed by hand, migrations deleted …) instead of
 *   failing later on one query.
 * - `migrate:create` and `migrate:fresh` without a terminal refuse where Payload or drizzle-kit would ask.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { refuse } from './notReady'
import { pendingSchemaChange } from './pendingSchemaChange'
import { clearDevPushMarker, hasDevPushMarker, missingFromSchema, shortList } from './sqliteSchema'
import { hasTerminal } from './terminal'

type Migrations = NonNullable<Parameters<SQLiteAdapter['migrate']>[0]>['migrations']

export type GuardOptions = {
  /** Where the database is, for the messages (`file:./data/passerelle.db`). */
  uri: string
  /** A development-mode schema push was asked for (PAYLOAD_DB_PUSH=1, set by `npm run dev`). */
  push: boolean
}

const inPayloadCli = () => process.env.PAYLOAD_MIGRATING === 'true'

function guard(adapter: SQLiteAdapter, { uri, push }: GuardOptions): void {
  const { connect, migrate, createMigration, migrateFresh } = adapter

  adapter.migrate = async (args) => {
    if (!(await hasDevPushMarker(adapter.client))) return migrate.call(adapter, args)
    if (!inPayloadCli() || !hasTerminal())
      refuse(
        `The database ${uri} was changed by a development-mode schema push (a "dev" row in payload_migrations), so its migrations cannot run unattended: run \`npm run migrate\` in a terminal to review and apply them, or restore the database from a backup.`,
      )
    // Payload asks first; "no" ends the process. "Yes": the database follows the migrations from now on.
    await migrate.call(adapter, args)
    await clearDevPushMarker(adapter.client)
    adapter.payload.logger.info('Development-mode push marker removed: this database now follows migrations/ only.')
  }

  adapter.connect = async (args) => {
    await connect?.call(adapter, args)
    // Payload's CLI runs its own command next; `npm run dev` pushes; a hot reload reconnects only.
    const pushing = push && process.env.NODE_ENV !== 'production'
    if (args?.hotReload || inPayloadCli() || pushing) return
    // The migrations the adapter runs itself in production (`prodMigrations`), typed there with
    // SQLite's own up/down arguments where `migrate` takes any adapter's.
    if (process.env.NODE_ENV !== 'production')
      await adapter.migrate({ migrations: adapter.prodMigrations as Migrations })
    const missing = await missingFromSchema(adapter)
    if (missing.length)
      refuse(
        `The database ${uri} lacks ${shortList(missing)} after its migrations: it was changed outside migrations/. Restore it from a backup, or write a migration that restores them (\`npm run migrate:create -- NAME\`), then run \`npm run migrate\`.`,
      )
  }

  adapter.createMigration = async (args) => {
    if (!args.file && !hasTerminal()) {
      const pending = await pendingSchemaChange(adapter)
      if (pending.kind === 'ambiguous')
        refuse(
          `drizzle-kit must ask whether ${shortList(pending.appeared)} replace ${shortList(pending.disappeared)} (renamed, or dropped and created) and no terminal is attached: run \`npm run migrate:create -- NAME\` in a terminal.`,
        )
      if (pending.kind === 'none' && !args.forceAcceptWarning && !args.skipEmpty)
        refuse(
          `No schema change since ${pending.since}: no migration written. For a migration the config cannot describe (data, extra indexes), add --force-accept-warning: a blank one to fill in.`,
        )
    }
    return createMigration.call(adapter, args)
  }

  adapter.migrateFresh = async (args) => {
    if (!args.forceAcceptWarning && !hasTerminal())
      refuse(
        'migrate:fresh drops every table and asks first, and no terminal is attached: run it in a terminal, or add --force-accept-warning.',
      )
    return migrateFresh.call(adapter, args)
  }
}

export function guardSqliteAdapter(
  adapterObj: DatabaseAdapterObj<SQLiteAdapter>,
  options: GuardOptions,
): DatabaseAdapterObj<SQLiteAdapter> {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      guard(adapter, options)
      return adapter
    },
  }
}
