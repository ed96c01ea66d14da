// `npm run cluster [-- --port 8080] [--work DIR]`: the scale-out topology on this machine, on 127.0.0.1 — nginx
// (caching reverse proxy with failover) in front of two production instances of the last build
// sharing Next's cache in Redis, one job worker, one database (DATABASE_URI, by default the SQLite
// file of `npm run dev`, opened in WAL mode). Needs `npm run build` and PAYLOAD_SECRET (environment or
// .env). Ctrl-C or SIGTERM stops everything it started. See scripts/lib/cluster.mjs.
import { parseArgs } from 'node:util'

import nextEnv from '@next/env'

import { startCluster } from './lib/cluster.mjs'

const usage =
  "Usage: npm run cluster [-- --port PORT] [--work DIR]   (the proxy's port, a free one by default; the folder of its logs and files, kept, a temporary one by default)"
let port
let work
try {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, work: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  work = values.work
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  if (values.port !== undefined) {
    port = Number(values.port)
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new Error(`--port takes a port number, not "${values.port}".`)
  }
} catch (error) {
  console.error(`${error.message}\n${usage}`)
  process.exit(2)
}

nextEnv.loadEnvConfig(process.cwd(), false)

// A signal while it starts stops it after the step under way (startCluster then stops what it started).
const starting = new AbortController()
let cluster
const stop = async () => {
  starting.abort()
  if (!cluster) return
  const running = cluster
  cluster = undefined
  console.log('cluster: stopping…')
  await running.stop()
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop())

try {
  cluster = await startCluster({
    env: process.env,
    proxyPort: port,
    work,
    signal: starting.signal,
    log: (line) => console.log(`cluster: ${line}`),
  })
} catch (error) {
  console.error(`cluster: ${starting.signal.aborted ? 'stopped while starting' : error.message}`)
  process.exit(starting.signal.aborted ? 0 : 1)
}
console.log(`cluster: ready — the site at ${cluster.proxyURL}, logs in ${cluster.work} (Ctrl-C stops everything)`)
