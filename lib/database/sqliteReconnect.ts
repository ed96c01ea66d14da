/**
 * The embedded database recovers by itself after its file was briefly unwritable.
 *
 * libsql keeps one connection for statements outside transactions and opens a new one after each
 * transaction. A connection opened while the file was read-only stays read-only for good: SQLite
 * falls back to a read-only open, and writes through it then failed with SQLITE_READONLY long after
 * the file was writable again (and reads failed too, once a failed write had left a rollback journal
 * it could not roll back), until the server was restarted.
 *
 * So the adapter's client is a stand-in for a libsql client: every transaction runs on a connection
 * opened when it begins; when a statement outside a transaction fails with a read-only or can't-open
 * error, the connection behind it is replaced by a new one (a hot journal is rolled back by the first
 * connection that can write) and the statement is tried once more. While the file stays read-only,
 * the errors stay.
 */
import { type Client, type Config, createClient } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

const isStaleConnection = (error: unknown): boolean =>
  /SQLITE_READONLY|SQLITE_CANTOPEN|readonly database|unable to open database/i.test(
    `${(error as { code?: unknown })?.code ?? ''} ${String(error)}`,
  )

type Log = (message: string) => void

/** A libsql client that replaces its connections after a read-only or can't-open error. */
export function reconnectingClient(config: Config, log: Log): Client {
  let current = createClient(config)
  const replace = () => {
    const stale = current
    current = createClient(config)
    // Statements are synchronous in the local client: none is running on the stale connection now.
    stale.close()
    log('SQLite: a statement failed on a read-only connection; reconnected to the database file.')
  }
  /** Statements outside transactions: tried again once on new connections. */
  const retried =
    <A extends unknown[], R>(call: (client: Client, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(current, ...args)
      } catch (error) {
        if (!isStaleConnection(error)) throw error
        replace()
        return call(current, ...args)
      }
    }
  const stand_in: Partial<Client> = {
    execute: retried((client, ...args: Parameters<Client['execute']>) =>
      (client.execute as (...a: unknown[]) => ReturnType<Client['execute']>)(...args),
    ),
    batch: retried((client, ...args: Parameters<Client['batch']>) => client.batch(...args)),
    executeMultiple: retried((client, sql: string) => client.executeMultiple(sql)),
    migrate: retried((client, ...args: Parameters<Client['migrate']>) => client.migrate(...args)),
    // Each transaction on a connection opened now, as libsql does for the ones after it (libsql
    // would hand it the connection it opened after the previous transaction, perhaps read-only).
    transaction: (...args: Parameters<Client['transaction']>) => createClient(config).transaction(...args),
    sync: () => current.sync(),
    close: () => current.close(),
  }
  return new Proxy(stand_in as Client, {
    get: (target, key) => (key in target ? target[key as keyof Client] : current[key as keyof Client]),
  })
}

/** Payload's SQLite adapter with that client (set before it connects: it creates one only when none is there). */
export function reconnectSqliteWhenWritable(
  adapterObj: DatabaseAdapterObj<SQLiteAdapter>,
): DatabaseAdapterObj<SQLiteAdapter> {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const connect = adapter.connect
      adapter.connect = async (options) => {
        if (!adapter.client)
          adapter.client = reconnectingClient(adapter.clientConfig, (message) => adapter.payload.logger.warn(message))
        return connect?.call(adapter, options)
      }
      return adapter
    },
  }
}
