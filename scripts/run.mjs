// Runs a TypeScript command-line job (scripts/*.ts) with tsx, once. `node --import tsx`, not the tsx
// CLI: the CLI hides the child's exit code behind a 0.
//
// Exit code 13 means Node ran out of work while the job was still loading its modules. Node 20 did
// so importing @payloadcms/richtext-lexical in about half of all starts (measured: 10 of 20; Node 24:
// 0 of 20), and this file used to start such jobs again up to 15 times; on Node 24 it does not
// happen, so a stalled start is reported once, with its cause, instead of retried.
import { spawnSync } from 'node:child_process'
import { constants } from 'node:os'

const UNSETTLED_TOP_LEVEL_AWAIT = 13

const usage = 'Usage: node scripts/run.mjs scripts/<job>.ts [options]   (each job answers --help)'
const [script, ...args] = process.argv.slice(2)
if (script === '--help' || script === '-h') {
  console.log(usage)
  process.exit(0)
}
if (!script || script.startsWith('-')) {
  console.error(`${script ? `Unknown option '${script}'` : 'Give the job to run.'}\n${usage}`)
  process.exit(2)
}
const { status, signal } = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
  stdio: 'inherit',
  env: process.env,
})
if (status === UNSETTLED_TOP_LEVEL_AWAIT) {
  console.error(
    `${script} stopped before it finished loading (Node ${process.version} ran out of work with the job unfinished). ` +
      'Node 20 does this at random; run the job on Node 24 (see .nvmrc).',
  )
}
process.exit(status ?? 128 + (constants.signals[signal] ?? 0))
