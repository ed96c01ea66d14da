/** Filling a benchmark database with generate.ts and running jobs on it, shared by the benchmarks (run.ts, pages.ts). */
import { spawn } from 'node:child_process'

import { root } from './server'

/** Runs the generator as its own process (it starts Payload, which the bench process must not). */
export function generate(n: number, databaseUri: string, env: NodeJS.ProcessEnv): Promise<unknown> {
  return jobReport('scripts/bench/generate.ts', ['--n', String(n), '--db', databaseUri], 'GENERATE_REPORT', env)
}

/** Runs a job on the generated database as its own process and returns the JSON of its `MARKER …` line. */
export function jobReport(script: string, args: string[], marker: string, env: NodeJS.ProcessEnv): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', script, ...args], {
      cwd: root,
      env: { ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let report: unknown = null
    let buffer = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith(`${marker} `)) report = JSON.parse(line.slice(marker.length + 1))
        else console.log(`  ${line}`)
      }
    })
    child.on('exit', (code) => (code === 0 ? resolve(report) : reject(new Error(`${script} exited with ${code}`))))
  })
}
