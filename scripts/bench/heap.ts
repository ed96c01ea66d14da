/**
 * The memory a server keeps, measured by heapProbe.cjs inside it: after a full garbage collection,
 * the JavaScript heap in use plus memory held outside it (Buffers, native objects). Unlike resident
 * memory, this does not move with the collector's schedule, so a rise across a soak is memory kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { root } from './server'

export const HEAP_PROBE = path.join(root, 'scripts/bench/heapProbe.cjs')

/** The environment that loads the probe into every Node process of the server. */
export function heapProbeEnv(env: NodeJS.ProcessEnv, dir: string): NodeJS.ProcessEnv {
  return { ...env, HEAP_PROBE_DIR: dir, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${HEAP_PROBE}`.trim() }
}

interface ProbeSample {
  sample: number
  heapUsed: number
  external: number
}

const read = (file: string): ProbeSample | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ProbeSample
  } catch {
    return undefined
  }
}

/**
 * Asks every probed process for a sample and sums them, in MB: heap in use after a full collection,
 * and external memory. Rejects when a process does not answer within `timeoutMs`.
 */
export async function retainedMb(dir: string, timeoutMs = 30_000): Promise<{ heap: number; external: number }> {
  const pids = readdirSync(dir)
    .filter((f) => f.endsWith('.ready'))
    .map((f) => Number(f.slice(0, -'.ready'.length)))
    .filter((pid) => existsSync(`/proc/${pid}`))
  if (pids.length === 0)
    throw new Error(`no probed server process in ${dir}: was the server started with heapProbeEnv?`)
  const before = new Map(pids.map((pid) => [pid, read(path.join(dir, `${pid}.json`))?.sample ?? 0]))
  for (const pid of pids) process.kill(pid, 'SIGUSR2')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const samples = pids.map((pid) => read(path.join(dir, `${pid}.json`)))
    if (samples.every((s, i) => s && s.sample > (before.get(pids[i]) ?? 0))) {
      const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
      return {
        heap: mb(samples.reduce((sum, s) => sum + (s?.heapUsed ?? 0), 0)),
        external: mb(samples.reduce((sum, s) => sum + (s?.external ?? 0), 0)),
      }
    }
    if (Date.now() > deadline) throw new Error(`the server's memory probe did not answer within ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
