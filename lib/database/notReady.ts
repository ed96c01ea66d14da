/**
 * The database cannot be used by this code without a person's decision (a schema pushed in
 * development mode, tables missing, a question only a terminal can answer). The message is one line
 * that names the cause and the fix: jobs print it alone (no stack), the server logs it and answers
 * 503 with it (instrumentation.ts, serverReadiness.ts).
 */
export class DatabaseNotReady extends Error {
  override name = 'DatabaseNotReady'
}

/** By name, not `instanceof`: Next bundles this module more than once (instrumentation, routes). */
export function isDatabaseNotReady(error: unknown): error is Error {
  return error instanceof Error && error.name === 'DatabaseNotReady'
}

/**
 * In Payload's own CLI (`npm run migrate…`, which sets PAYLOAD_MIGRATING) a thrown error ends as a
 * stack trace: print the line and exit 1 there. Elsewhere throw, and let the job or server say it.
 */
export function refuse(message: string): never {
  if (process.env.PAYLOAD_MIGRATING === 'true') {
    console.error(message)
    process.exit(1)
  }
  throw new DatabaseNotReady(message)
}
