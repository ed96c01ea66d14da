/**
 * What the benchmark and soak scripts do to the production server: start it on a database (through
 * scripts/lib/server.mjs, shared with the browser suite), read its memory, expire the whole site
 * cache, log in as the demo editor, and change a press release through REST.
 */
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'

import { requestExpiry } from '../../lib/content/siteCache'
import { siteTags } from '../../lib/content/tags'
import { bin, NEXT_BUILD_ARGS, root, run, startServer } from '../lib/server.mjs'

export interface RunningServer {
  baseURL: string
  pid: number
  stop: () => Promise<void>
}

/** The environment of a production server (and its build) on `databaseUri`. */
export function serverEnv(databaseUri: string, secret: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: secret,
    PAYLOAD_LOG_LEVEL: 'warn',
  }
}

export async function build(env: NodeJS.ProcessEnv): Promise<void> {
  await run(bin('next'), NEXT_BUILD_ARGS, env)
}

export function start(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  return startServer(env, { stdio: 'inherit', readyTimeoutMs: 120_000 })
}

export { root }

/** The ids of every process in the server's process group (next start and any worker it starts). */
export function groupPids(pgid: number): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Fields after the command name (which may hold spaces, in parentheses): state, ppid, pgrp, …
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === pgid) pids.push(Number(entry))
    } catch {
      // the process ended meanwhile
    }
  }
  return pids
}

/** Resident memory (MB) of every process of the server's process group. */
export function serverRssMb(pgid: number): number {
  let kb = 0
  for (const pid of groupPids(pgid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match) kb += Number(match[1])
    } catch {
      // the process ended meanwhile
    }
  }
  return Math.round(kb / 1024)
}

/** CPU time (ms, user + system) used so far by every process of the server's process group. */
export function serverCpuMs(pgid: number): number {
  const ticksPerSecond = 100 // Linux's USER_HZ, what /proc/<pid>/stat counts in
  let ticks = 0
  for (const pid of groupPids(pgid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12]) // utime, stime
    } catch {
      // the process ended meanwhile
    }
  }
  return (ticks * 1000) / ticksPerSecond
}

export const loadAverage = (): number[] => os.loadavg().map((l) => Math.round(l * 100) / 100)

/** Expires the whole site cache (pages and data) through the token-guarded route. */
/** Expires `tags` on the server: by default every tag of the site (pages and data). */
export function expireSiteCache(baseURL: string, secret: string, tags: string[] = siteTags()): Promise<void> {
  return requestExpiry(tags, { origin: baseURL, secret })
}

export const EDITOR = { email: 'editor@passerelle.test', password: 'passerelle-demo' }

export async function login(baseURL: string): Promise<string> {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(EDITOR),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`editor login: HTTP ${response.status}`)
  return body.token
}

/** PATCH one press release's fields in one locale as the editor, published. Returns the HTTP status. */
export async function patchPressRelease(
  baseURL: string,
  token: string,
  id: number,
  locale: string,
  data: Record<string, unknown>,
): Promise<number> {
  const response = await fetch(`${baseURL}/api/press-releases/${id}?locale=${locale}&depth=0`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ ...data, _status: 'published' }),
  })
  await response.arrayBuffer()
  return response.status
}

export interface Target {
  id: number
  slug: string
  locale: string
}

/** Published documents of a collection with their slug in their source locale, from the public REST API. */
export async function sampleDocuments(
  baseURL: string,
  collection: 'press-releases' | 'events',
  locale: string,
  count: number,
  page = 1,
): Promise<Target[]> {
  const query = `where[sourceLocale][equals]=${locale}&locale=${locale}&limit=${count}&page=${page}&depth=0&select[slug]=true&select[sourceLocale]=true`
  const response = await fetch(`${baseURL}/api/${collection}?${query}`)
  if (!response.ok) throw new Error(`${collection} sample: HTTP ${response.status}`)
  const body = (await response.json()) as { docs: { id: number; slug: string | null }[] }
  return body.docs.filter((d) => d.slug).map((d) => ({ id: d.id, slug: String(d.slug), locale }))
}
