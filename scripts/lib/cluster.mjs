// The scale-out topology on one machine, for `npm run cluster`, its tests and its benchmark: Redis
// (Next's shared cache), two production instances of the last build on one database, the job worker,
// and nginx as caching reverse proxy with failover in front of the instances. Everything listens on
// 127.0.0.1, runs from a temporary folder, and is stopped by the process id it was started with.
import { spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, root, startServer, waitFor } from './server.mjs'

const NOBODY = 65534

export const MISSING_TOOLS =
  "npm run cluster needs Debian's nginx, its cache-purge module and redis-server: apt-get install nginx libnginx-mod-http-cache-purge redis-server"

/** Debian's build of the cache-purge module (libnginx-mod-http-cache-purge), which nginx loads. */
const PURGE_MODULE = '/usr/lib/nginx/modules/ngx_http_cache_purge_module.so'

/** @param {string} name */
function findTool(name) {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin']) {
    const candidate = path.join(dir, name)
    if (dir && existsSync(candidate)) return candidate
  }
  return undefined
}

/** The paths of nginx and redis-server, or an error saying how to install them. */
export function requireTools() {
  const nginx = findTool('nginx')
  const redis = findTool('redis-server')
  if (!nginx || !redis || !existsSync(PURGE_MODULE)) throw new Error(MISSING_TOOLS)
  return { nginx, redis }
}

/**
 * Fills ${NAME} in a template of ops/nginx with `values`; any other ${…} left is a mistake.
 * @param {string} name
 * @param {Record<string, string>} values
 */
export function fillTemplate(name, values) {
  const text = readFileSync(path.join(root, 'ops/nginx', name), 'utf8')
  const filled = text.replace(/\$\{([A-Z_]+)\}/g, (whole, key) => values[key] ?? whole)
  const left = /\$\{[A-Z_]+\}/.exec(filled)
  if (left) throw new Error(`ops/nginx/${name}: nothing to put in ${left[0]}`)
  return filled
}

/**
 * A detached child (its own process group, stopped with everything it started), output to `log`.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env: NodeJS.ProcessEnv, log: string }} options
 */
function startProcess(command, args, { env, log }) {
  const out = openSync(log, 'a')
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', out, out], detached: true })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return { child, exited, ...signals(child, exited) }
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {Promise<unknown>} exited
 */
function signals(child, exited) {
  const running = () => child.exitCode === null && child.signalCode === null && child.pid !== undefined
  /** @param {NodeJS.Signals} signal */
  const signalGroup = (signal) => {
    if (!running()) return
    try {
      process.kill(-(child.pid ?? 0), signal)
    } catch {
      // already gone
    }
  }
  return {
    running,
    /** Stops the process group: SIGTERM, then SIGKILL after 5 s. */
    stop: async () => {
      if (!running()) return
      signalGroup('SIGTERM')
      const ended = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))])
      if (!ended) signalGroup('SIGKILL')
      await exited
    },
    /** Kills the process group at once, as a crash would. */
    kill: async () => {
      signalGroup('SIGKILL')
      await exited
    },
  }
}

/**
 * Resolves once Redis answers PING on `port`.
 * @param {number} port
 * @param {number} timeoutMs
 */
async function waitForRedis(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const pong = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'))
      socket.setTimeout(500, () => socket.destroy())
      socket.once('data', (data) => {
        socket.destroy()
        resolve(data.toString().startsWith('+PONG'))
      })
      socket.once('error', () => resolve(false))
      socket.once('close', () => resolve(false))
    })
    if (pong) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`redis-server did not answer on 127.0.0.1:${port} within ${timeoutMs / 1000} s`)
}

/**
 * Starts the cluster. Needs a production build (`npm run build`) and PAYLOAD_SECRET in `env`.
 * @param {{
 *   env: NodeJS.ProcessEnv,
 *   proxyPort?: number,
 *   work?: string,
 *   log?: (line: string) => void,
 *   signal?: AbortSignal,
 * }} options signal: aborting it stops the start after the step under way
 */
export async function startCluster({ env, proxyPort, work, log = () => undefined, signal }) {
  const tools = requireTools()
  if (!existsSync(path.join(root, '.next/BUILD_ID'))) throw new Error('No production build: run `npm run build` first.')
  if (!env.PAYLOAD_SECRET?.trim())
    throw new Error('PAYLOAD_SECRET is not set: the instances refuse to start without it.')
  const dir = work ?? mkdtempSync(path.join(tmpdir(), 'passerelle-cluster-'))
  for (const sub of ['nginx-cache', 'nginx-tmp', 'static']) mkdirSync(path.join(dir, sub), { recursive: true })
  // Started as root (CI, containers), nginx runs its workers as nobody: they must reach their folders.
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    chmodSync(dir, 0o755)
    for (const sub of ['nginx-cache', 'nginx-tmp']) chownSync(path.join(dir, sub), NOBODY, NOBODY)
  }
  /** @type {{ stop: () => Promise<void> }[]} */
  const started = []
  const step = () => {
    if (signal?.aborted) throw new Error('stopped while starting')
  }
  const stopAll = async () => {
    for (const part of started.reverse()) await part.stop()
    started.length = 0
  }

  try {
    // Redis: Next's shared cache, in memory only (nothing to keep between runs).
    const redisPort = await freePort()
    const redisArgs = ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
    const redisLog = path.join(dir, 'redis.log')
    let redisProcess = startProcess(tools.redis, [...redisArgs, '--dir', dir], { env, log: redisLog })
    const redis = {
      url: `redis://127.0.0.1:${redisPort}`,
      get pid() {
        return redisProcess.child.pid ?? 0
      },
      stop: () => redisProcess.stop(),
      /** Starts it again on the same port (after `stop`), empty. */
      start: async () => {
        redisProcess = startProcess(tools.redis, [...redisArgs, '--dir', dir], { env, log: redisLog })
        await waitForRedis(redisPort, 10_000)
      },
    }
    started.push(redis)
    await waitForRedis(redisPort, 10_000)
    log(`redis-server on ${redis.url} (pid ${redis.pid})`)
    step()

    // The proxy's ports are known before the instances start: they purge its copies when they publish.
    const port = proxyPort ?? (await freePort())
    const purgePort = await freePort()
    const proxyURL = `http://127.0.0.1:${port}`
    const appEnv = {
      ...env,
      PROXY_PURGE_URL: `http://127.0.0.1:${purgePort}`,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      REDIS_URL: redis.url,
      // The worker runs the job queue; the instances do not.
      PAYLOAD_JOBS_AUTORUN: 'false',
      SQLITE_WAL: 'true',
    }
    // Each instance expires the cache through its own address (startServer's default).
    delete appEnv.SITE_CACHE_ORIGIN

    // One instance after the other: the first runs the migrations the database lacks.
    /** @type {{ name: string, baseURL: string, port: number, pid: number, stop: () => Promise<void>, kill: () => Promise<void> }[]} */
    const instances = []
    for (const name of ['a', 'b']) {
      const out = openSync(path.join(dir, `instance-${name}.log`), 'a')
      const server = await startServer(appEnv, { stdio: out, readyTimeoutMs: 120_000 })
      const instance = {
        name,
        ...server,
        kill: async () => {
          try {
            process.kill(-server.pid, 'SIGKILL')
          } catch {
            // already gone
          }
          await server.stop()
        },
      }
      instances.push(instance)
      started.push(instance)
      log(`instance ${name} on ${server.baseURL} (pid ${server.pid})`)
      step()
    }

    const worker = startProcess(process.execPath, ['scripts/run.mjs', 'scripts/worker.ts'], {
      env: { ...appEnv, SITE_CACHE_ORIGIN: instances.map((i) => i.baseURL).join(',') },
      log: path.join(dir, 'worker.log'),
    })
    started.push(worker)
    log(`job worker (pid ${worker.child.pid})`)

    const staticPort = await freePort()
    const upstreams = instances.map((i) => `server 127.0.0.1:${i.port} max_fails=1 fail_timeout=5s;`).join(' ')
    writeFileSync(
      path.join(dir, 'site.conf'),
      fillTemplate('site.conf.template', {
        PROXY_LISTEN: `127.0.0.1:${port}`,
        UPSTREAM_SERVERS: upstreams,
        NGINX_CACHE_DIR: path.join(dir, 'nginx-cache'),
        PURGE_LISTEN: `127.0.0.1:${purgePort}`,
      }),
    )
    const nginxConf = path.join(dir, 'nginx.conf')
    writeFileSync(
      nginxConf,
      fillTemplate('cluster.conf.template', {
        WORK_DIR: dir,
        STATIC_LISTEN: `127.0.0.1:${staticPort}`,
        NGINX_USER: asRoot ? `user nobody nogroup;` : '',
        PURGE_MODULE,
      }),
    )
    const check = spawnSync(tools.nginx, ['-t', '-q', '-c', nginxConf, '-e', path.join(dir, 'nginx-error.log')], {
      encoding: 'utf8',
    })
    if (check.status !== 0) throw new Error(`nginx refused its configuration ${nginxConf}: ${check.stderr.trim()}`)
    const nginx = startProcess(tools.nginx, ['-c', nginxConf, '-e', path.join(dir, 'nginx-error.log')], {
      env,
      log: path.join(dir, 'nginx.log'),
    })
    started.push(nginx)
    await waitFor(`${proxyURL}/api/site`, 30_000)
    log(`nginx on ${proxyURL} (pid ${nginx.child.pid}), static reference on http://127.0.0.1:${staticPort}`)

    return {
      work: dir,
      proxyURL,
      staticURL: `http://127.0.0.1:${staticPort}`,
      redis,
      instances,
      worker: { pid: worker.child.pid ?? 0, stop: worker.stop },
      nginx: { pid: nginx.child.pid ?? 0, stop: nginx.stop },
      /** Stops everything, last started first, and removes the folder unless it was given. */
      stop: async () => {
        await stopAll()
        if (!work) rmSync(dir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await stopAll()
    if (!work) rmSync(dir, { recursive: true, force: true })
    throw error
  }
}
