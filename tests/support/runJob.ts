/**
 * Runs a command-line job as an operator does (`node scripts/run.mjs scripts/<job>.ts …`), with no
 * terminal: stdin closed or an open pipe nobody writes to, the way a server, cron or CI starts it.
 */
import { type ChildProcess, spawn } from 'node:child_process'

/** Environment variables as a plain record (NodeJS.ProcessEnv, as Next types it, requires NODE_ENV). */
export type Env = Record<string, string | undefined>

export type JobResult = { code: number | null; stdout: string; stderr: string; ms: number; timedOut: boolean }

export function runJob(
  script: string,
  args: string[],
  options: { env?: Env; stdin?: 'ignore' | 'pipe'; timeoutMs?: number } = {},
): Promise<JobResult> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, ['scripts/run.mjs', script, ...args], {
      // Next types NODE_ENV as always present; here it may be left out on purpose (jobEnv).
      env: { NODE_OPTIONS: '', ...(options.env ?? process.env) } as unknown as NodeJS.ProcessEnv,
      stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, options.timeoutMs ?? 60_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, ms: Date.now() - started, timedOut })
    })
  })
}

/** The environment of a job run by hand: the test's own, without jest's NODE_ENV=test. */
export function jobEnv(extra: Env = {}): Env {
  const env: Env = { ...process.env, PAYLOAD_LOG_LEVEL: 'warn', PAYLOAD_JOBS_AUTORUN: 'false', ...extra }
  if (!('NODE_ENV' in extra)) delete env.NODE_ENV
  delete env.PAYLOAD_DB_PUSH
  return env
}
