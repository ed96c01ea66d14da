// Starting and stopping the production server for the command-line jobs that drive it (the browser
// suite in scripts/e2e.mjs, the benchmarks in scripts/bench/): a free port on 127.0.0.1, `next start`
// in its own process group (so that stopping it stops its workers too), waiting until it answers.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

import { withServerMemorySettings } from './serverMemory.mjs'

export const root = path.resolve(new URL('../..', import.meta.url).pathname)
/** @param {string} name */
export const bin = (name) => path.join(root, 'node_modules/.bin', name)

/**
 * Runs a command to completion in the project folder; rejects on a non-zero exit.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<void>}
 */
export function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`)),
    )
    child.on('error', reject)
  })
}

/** @returns {Promise<number>} a TCP port nobody listens on at this moment */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * Resolves once `url` answers with a status below 500.
 * @param {string} url
 * @param {number} timeoutMs
 */
export async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/**
 * `next build` as every production build here runs it (`npm run build`, the browser suite, the
 * benchmarks, the Docker image): with webpack, not Turbopack. Turbopack (Next 16's default, kept for
 * `next dev`) wrote the ~3 MB server module graph (Payload, the collections, the site's code) into a
 * separate chunk file for each group of routes: a server that had answered pages, feeds, the REST API
 * and the calendar held 8 copies of that source text (52 MB of its heap, measured with a heap snapshot
 * after one crawl of the demo site); webpack's server chunks are shared: 108 MB of heap against 158 MB,
 * 326 MB resident against 381 MB after the same crawl.
 */
export const NEXT_BUILD_ARGS = ['build', '--webpack']

/**
 * `next start` as every production server here runs it (`npm start`, the tests, the benchmarks, the
 * cluster): next.config.ts loaded by Node's own TypeScript support (Node 22.18+; older ones fall back).
 * Otherwise Next loads its SWC compiler (a native module) only to read that file: 27 MB of every
 * server's resident memory, measured in /proc/<pid>/smaps during the soak.
 */
export const NEXT_START_ARGS = ['start', '--experimental-next-config-strip-types']

/**
 * `next start -H 127.0.0.1` on a free port (needs a build), ready when /api/site answers.
 * @param {NodeJS.ProcessEnv} env
 * @param {{ stdio?: 'inherit' | 'ignore' | number, readyTimeoutMs?: number, ownPublicAddress?: boolean }} [options]
 *   ownPublicAddress: NEXT_PUBLIC_SERVER_URL is the address it listens on (read when the server runs)
 * @returns {Promise<{ baseURL: string, port: number, pid: number, stop: () => Promise<void> }>}
 */
export async function startServer(env, options = {}) {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const output = options.stdio ?? 'inherit'
  // The server reaches itself on loopback to expire its page cache after a scheduled publish.
  const serverEnv = withServerMemorySettings({
    SITE_CACHE_ORIGIN: baseURL,
    ...env,
    ...(options.ownPublicAddress ? { NEXT_PUBLIC_SERVER_URL: baseURL } : {}),
  })
  const child = spawn(bin('next'), [...NEXT_START_ARGS, '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: serverEnv,
    stdio: ['ignore', output, output],
    detached: true,
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return
    }
    const killed = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))])
    if (!killed) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }
  try {
    await waitFor(`${baseURL}/api/site`, options.readyTimeoutMs ?? 60_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseURL, port, pid: child.pid ?? 0, stop }
}
