/**
 * How every command-line job runs (started by scripts/run.mjs): .env loaded as Next loads it, errors
 * printed, the exit code returned. A job that changed what visitors see (seed, import, XLIFF import)
 * asks the running server, at its end, to expire its site cache.
 */
import nextEnv from '@next/env'

import { flushRememberedExpiry } from '../../lib/content/siteCache'

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
      console.error(error instanceof Error ? (error.stack ?? error.message) : error)
      process.exit(1)
    })
}
