// Runs a TypeScript command-line job (scripts/*.ts) with tsx, retrying when Node quits while the
// modules are still loading (exit 13, "unsettled top-level await"): on Node 20 importing
// @payloadcms/richtext-lexical stalls so, even with plain `node` (measured here: 2 to 4 starts in 8
// on a loaded machine; `node --input-type=module -e "await import('@payloadcms/richtext-lexical')"`
// shows it). Nothing has been written then, and a stalled start costs about a second.
import { spawnSync } from 'node:child_process'

const UNSETTLED_TOP_LEVEL_AWAIT = 13
const ATTEMPTS = 15

let status = UNSETTLED_TOP_LEVEL_AWAIT
for (let attempt = 1; attempt <= ATTEMPTS && status === UNSETTLED_TOP_LEVEL_AWAIT; attempt++) {
  // node --import tsx, not the tsx CLI: the CLI hides the child's exit code 13 behind a 0.
  status = spawnSync(process.execPath, ['--import', 'tsx', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env }).status ?? 1
  if (status === UNSETTLED_TOP_LEVEL_AWAIT && attempt < ATTEMPTS) console.error(`(modules did not finish loading; starting again, attempt ${attempt + 1})`)
}
process.exit(status)
