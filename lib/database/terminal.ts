import { isatty } from 'node:tty'

/**
 * Whether a person can answer a question on this process's terminal: stdin is a terminal and the
 * process is not a CI run. Payload's and drizzle's prompts read stdin: without a terminal they wait
 * for ever (an open pipe, a server) or end the process silently (a closed stdin).
 * `isatty(0)`, not `process.stdin.isTTY`: reading `process.stdin` opens a stream on it.
 */
export function hasTerminal(): boolean {
  const ci = process.env.CI
  return isatty(0) && (!ci || ci === 'false' || ci === '0')
}
