/** Filling a benchmark database with generate.ts, shared by the benchmarks (run.ts, pages.ts). */
import { spawn } from 'node:child_process'

import { root } from './server'

/** Runs the generator as its own process (it starts Payload, which the bench process must not). */
export function generate(n: number, databaseUri: string, env: NodeJS.ProcessEnv): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['scripts/run.mjs', 'scripts/bench/generate.ts', '--n', String(n), '--db', databaseUri],
      { cwd: root, env: { ...env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let report: unknown = null
    let buffer = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('GENERATE_REPORT ')) report = JSON.parse(line.slice('GENERATE_REPORT '.length))
        else console.log(`  ${line}`)
      }
    })
    child.on('exit', (code) =>
      code === 0 ? resolve(report) : reject(new Error(`generate --n ${n} exited with ${code}`)),
    )
  })
}
