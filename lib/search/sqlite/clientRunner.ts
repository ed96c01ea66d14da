/** A SqlRunner on a libsql connection of its own (a rebuild's; Payload's is sqlRunner in connection.ts). */
import type { Client, InValue } from '@libsql/client'

import type { SqlArg, SqlRunner } from './connection'

/** How long a statement waits for the lock, in the driver (a commit holds it for a moment). */
export const BUSY_TIMEOUT_MS = 10_000

export function clientRunner(client: Client): SqlRunner {
  const statement = (sql: string, args: readonly SqlArg[]) => ({ sql, args: args as InValue[] })
  return {
    all: async <T>(text: string, args: readonly SqlArg[] = []) =>
      (await client.execute(statement(text, args))).rows as unknown as T[],
    run: async (text: string, args: readonly SqlArg[] = []) => {
      await client.execute(statement(text, args))
    },
  }
}
