/**
 * How every command-line job runs (started by scripts/run.mjs): .env loaded as Next loads it, errors
 * printed, the exit code returned. A job that changed what visitors see (seed, import, XLIFF import)
 * asks the running server, at its end, to expire its site cache. A database the job must not touch
 * (lib/database/notReady.ts) is one line and exit 1, not a stack trace.
 */
import nextEnv from '@next/env'

import { flushRememberedExpiry } from '../../lib/content/siteCache'
import { causesOf } from '../../lib/database/errorCauses'
import { isDatabaseNotReady } from '../../lib/database/notReady'

export function runScript(main: () => Promise<number | void>): void {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
  // If Node runs out of work while the job still awaits (a module load that stalled on Node 20), exit
  // with 13, as Node does for an unsettled top-level await: scripts/run.mjs names the cause.
  process.on('exit', (code) => {
    if (code === 0 && !settled) process.exitCode = 13
  })
  let settled = false
  main()
    .then(async (code) => {
      await flushRememberedExpiry()
      return code
    })
    .finally(() => {
      settled = true
    })
    .then((code) => process.exit(code ?? 0))
    .catch((error: unknown) => {
      if (isDatabaseNotReady(error)) console.error(error.message)
      else console.error(error instanceof Error ? (error.stack ?? error.message) : error)
      // A failed query's message is the SQL; what went wrong is its cause ("database is locked").
      for (const cause of causesOf(error))
        console.error(`Cause: ${cause instanceof Error ? cause.message : String(cause)}`)
      process.exit(1)
    })
}
