/**
 * Raw SQL on the embedded database, for the search index only: inside the request's transaction
 * when there is one (a hook's write then commits or rolls back with the document's), else on the
 * adapter's own connection.
 */
import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

export type SqlArg = string | number | null

export interface SqlRunner {
  all<T = Record<string, unknown>>(text: string, args?: readonly SqlArg[]): Promise<T[]>
  run(text: string, args?: readonly SqlArg[]): Promise<void>
}

/** The part of drizzle's SQLite database (or transaction) used here. */
interface Drizzle {
  all(query: ReturnType<typeof sql.raw>): Promise<unknown[]>
  run(query: ReturnType<typeof sql.raw>): Promise<unknown>
}

/** `text` with each `?` bound to the next of `args`, as drizzle parameters (never spliced into the text). */
function statement(text: string, args: readonly SqlArg[]) {
  const pieces = text.split('?')
  if (pieces.length - 1 !== args.length)
    throw new Error(`search index: ${pieces.length - 1} placeholders for ${args.length} values in: ${text}`)
  const chunks = [sql.raw(pieces[0])]
  args.forEach((arg, i) => chunks.push(sql`${arg}`, sql.raw(pieces[i + 1])))
  return sql.join(chunks)
}

export function isSqlite(payload: Payload): boolean {
  return payload.db.name === 'sqlite'
}

export async function sqlRunner(payload: Payload, req?: Partial<PayloadRequest>): Promise<SqlRunner> {
  const adapter = payload.db as unknown as SQLiteAdapter
  const id = req?.transactionID ? await req.transactionID : undefined
  const db = ((id !== undefined && adapter.sessions[id]?.db) || adapter.drizzle) as unknown as Drizzle
  return {
    all: async <T>(text: string, args: readonly SqlArg[] = []) => (await db.all(statement(text, args))) as T[],
    run: async (text: string, args: readonly SqlArg[] = []) => {
      await db.run(statement(text, args))
    },
  }
}
