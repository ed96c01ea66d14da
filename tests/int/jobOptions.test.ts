/**
 * Every command-line job answers `--help` with its usage (exit 0), and an unknown option with one
 * line and the usage on stderr (exit 2), at once and without a stack trace. The list of jobs is
 * package.json's: a new job is checked as soon as it has an npm script.
 */
import { readFileSync } from 'node:fs'

import { expect, test } from '@jest/globals'

import { runJob } from '../support/runJob'

const packageScripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
const jobs = [
  ...Object.values(packageScripts)
    .map((command) => /^node scripts\/run\.mjs (\S+)$/.exec(command)?.[1])
    .filter((script): script is string => Boolean(script)),
  // Run by hand through scripts/run.mjs, without an npm script (README, Benchmarks).
  'scripts/bench/explain.ts',
]

/** A few at a time: each is a Node process loading TypeScript. */
async function eachJob<T>(work: (script: string) => Promise<T>): Promise<Array<[string, T]>> {
  const results: Array<[string, T]> = []
  const queue = [...jobs]
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let script = queue.shift(); script; script = queue.shift()) results.push([script, await work(script)])
    }),
  )
  return results
}

test('the job list covers every job', () => {
  expect(jobs).toEqual(
    expect.arrayContaining([
      'scripts/seed.ts',
      'scripts/import.ts',
      'scripts/schedule.ts',
      'scripts/translations-export.ts',
      'scripts/translations-import.ts',
      'scripts/translations-backfill.ts',
      'scripts/i18n-check.ts',
      'scripts/bench-translations.ts',
      'scripts/bench/generate.ts',
      'scripts/bench/run.ts',
      'scripts/bench/soak.ts',
      'scripts/bench/weight.ts',
    ]),
  )
})

test('--help prints the usage and exits 0', async () => {
  for (const [script, result] of await eachJob((script) => runJob(script, ['--help']))) {
    expect({ script, code: result.code, stderr: result.stderr }).toEqual({ script, code: 0, stderr: '' })
    expect(result.stdout).toMatch(/^Usage: /)
    // Answered before the job loads Payload.
    expect(result.ms).toBeLessThan(10_000)
  }
})

test('an unknown option: one line, the usage, exit 2, no stack trace', async () => {
  for (const [script, result] of await eachJob((script) => runJob(script, ['--no-such-option']))) {
    const [first, second] = result.stderr.split('\n')
    expect({ script, code: result.code, first }).toEqual({
      script,
      code: 2,
      first: expect.stringMatching(/^Unknown option '--no-such-option'/),
    })
    expect(second).toMatch(/^Usage: /)
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(result.stdout).toBe('')
  }
})

test('a bad value: one line naming it, the usage, exit 2', async () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['scripts/translations-export.ts', ['--locale', 'xx'], /^Give the language to translate into/],
    ['scripts/bench/generate.ts', ['--n', 'many'], /^--n takes a whole number ≥ 1, not "many"\.$/],
    ['scripts/schedule.ts', ['--collection', 'events', '--id', '1', '--at', 'tomorrow'], /^Give one of --publish/],
    ['scripts/translations-import.ts', [], /^Give one XLIFF file\.$/],
  ]
  for (const [script, args, line] of cases) {
    const result = await runJob(script, args)
    expect({ script, code: result.code }).toEqual({ script, code: 2 })
    const [first, second] = result.stderr.split('\n')
    expect(first).toMatch(line)
    expect(second).toMatch(/^Usage: /)
  }
})
