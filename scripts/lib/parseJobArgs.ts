/**
 * The command line of every job, read one way: `--help` (or `-h`) prints the usage and exits 0; an
 * unknown option, a missing value, an unexpected argument or a bad value prints one line and the
 * usage on stderr and exits 2 — never a stack trace. Jobs call it first, before they load Payload,
 * so that `--help` and mistakes answer at once.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

type Spec = Pick<ParseArgsConfig, 'options' | 'allowPositionals'>
export type JobArgs<T extends Spec> = ReturnType<typeof parseArgs<T & { args: string[]; strict: true }>>

export const USAGE_EXIT_CODE = 2

/** One line saying what is wrong, then the usage, on stderr; exit 2. */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(USAGE_EXIT_CODE)
}

/**
 * @param check returns what is wrong with the parsed values (one line), if anything: a number that
 *   is not one, a required option left out.
 */
export function parseJobArgs<T extends Spec>(
  spec: T,
  usage: string,
  check?: (parsed: JobArgs<T>) => string | undefined,
  args: string[] = process.argv.slice(2),
): JobArgs<T> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage)
    process.exit(0)
  }
  let parsed: JobArgs<T>
  try {
    parsed = parseArgs({ ...spec, args, strict: true })
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error), usage)
  }
  const problem = check?.(parsed)
  if (problem) usageError(problem, usage)
  return parsed
}

/** For `check`: the option's value is a whole number ≥ `min` (or absent). */
export function wholeNumberProblem(name: string, value: unknown, min = 1): string | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  return Number.isInteger(n) && n >= min
    ? undefined
    : `--${name} takes a whole number ≥ ${min}, not "${String(value)}".`
}
