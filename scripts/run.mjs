// Runs a TypeScript command-line job (scripts/*.ts) with tsx, retrying when Node quits while the
// modules are still loading (exit 13, "unsettled top-level await"): on Node 20 importing
// @payloadcms/richtext-lexical can stall so, about one start in ten. Nothing has been written then.
import { spawnSync } from 'node:child_process'

const UNSETTLED_TOP_LEVEL_AWAIT = 13

let status = UNSETTLED_TOP_LEVEL_AWAIT
for (let attempt = 1; attempt <= 5 && status === UNSETTLED_TOP_LEVEL_AWAIT; attempt++) {
  // node --import tsx, not the tsx CLI: the CLI hides the child's exit code 13 behind a 0.
  status = spawnSync(process.execPath, ['--import', 'tsx', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env }).status ?? 1
  if (status === UNSETTLED_TOP_LEVEL_AWAIT) console.error(`(modules did not finish loading; starting again, attempt ${attempt + 1})`)
}
process.exit(status)
