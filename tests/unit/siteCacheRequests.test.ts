/**
 * The requests that ask a running server to expire its site cache (at its start, and at the end of a
 * command-line job), received by a plain HTTP server on 127.0.0.1 standing where Next's route listens.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  expireSiteOnceListening,
  flushRememberedExpiry,
  flushRememberedTags,
  rememberExpiry,
  SITE_CACHE_HEADER,
  SITE_CACHE_PATH,
  isSiteCacheToken,
} from '../../lib/content/siteCache'
import { siteTags } from '../../lib/content/tags'

interface Received {
  path: string
  token: string | undefined
  body: unknown
}

let received: Received[]
let servers: Server[]

/** A port on 127.0.0.1 that nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

function listen(port: number, status = 204): Promise<Server> {
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      const token = request.headers[SITE_CACHE_HEADER] as string | undefined
      received.push({
        path: request.url ?? '',
        // What the server's route checks: a token made with this deployment's secret for this body.
        token: isSiteCacheToken(token ?? null, body) ? 'valid' : `invalid: ${token}`,
        body: JSON.parse(body),
      })
      response.writeHead(status).end()
    })
  })
  servers.push(server)
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

beforeEach(() => {
  received = []
  servers = []
})
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
  delete process.env.SITE_CACHE_ORIGIN
})

test('at start, the server is asked to expire every tag once it listens', async () => {
  const port = await freePort()
  process.env.SITE_CACHE_ORIGIN = `http://127.0.0.1:${port}`
  const outcome = expireSiteOnceListening({ attempts: 50, delayMs: 20 })
  await new Promise((resolve) => setTimeout(resolve, 150))
  await listen(port)
  expect(await outcome).toBe('expired')
  expect(received).toEqual([{ path: SITE_CACHE_PATH, token: 'valid', body: { tags: siteTags() } }])
})

test('a server that never answers is reported, not waited for forever', async () => {
  process.env.SITE_CACHE_ORIGIN = `http://127.0.0.1:${await freePort()}`
  expect(await expireSiteOnceListening({ attempts: 3, delayMs: 10 })).toBe('unreachable')
})

test('a server that refuses the request is an error, not a reason to try again', async () => {
  const port = await freePort()
  await listen(port, 403)
  process.env.SITE_CACHE_ORIGIN = `http://127.0.0.1:${port}`
  await expect(expireSiteOnceListening({ attempts: 5, delayMs: 10 })).rejects.toThrow('HTTP 403')
  expect(received).toHaveLength(1)
})

test('a command-line job that changed content sends one request at its end, whatever it changed', async () => {
  const port = await freePort()
  await listen(port)
  process.env.SITE_CACHE_ORIGIN = `http://127.0.0.1:${port}`
  const lines: string[] = []
  expect(await flushRememberedExpiry((l) => lines.push(l))).toBe('nothing')
  expect(received).toEqual([])

  rememberExpiry(['collection:press-releases', 'doc:press-releases:visite-a-dakar'])
  rememberExpiry(['collection:events'])
  expect(await flushRememberedExpiry((l) => lines.push(l))).toBe('expired')
  expect(received).toEqual([{ path: SITE_CACHE_PATH, token: 'valid', body: { tags: siteTags() } }])
  expect(lines).toEqual([
    `Site cache: the server at http://127.0.0.1:${port} will show the changes from the next request.`,
  ])
  expect(await flushRememberedExpiry((l) => lines.push(l))).toBe('nothing')
})

test('with no server running, the job still ends well: its changes show when a server starts', async () => {
  process.env.SITE_CACHE_ORIGIN = `http://127.0.0.1:${await freePort()}`
  rememberExpiry(['collection:offices'])
  expect(await flushRememberedExpiry(() => undefined)).toBe('unreachable')
})

test('several instances: each listed is asked, one not answering is no failure, a refusal is', async () => {
  const [up, down, refusing] = [await freePort(), await freePort(), await freePort()]
  await listen(up)
  process.env.SITE_CACHE_ORIGIN = `http://127.0.0.1:${up}, http://127.0.0.1:${down}/`
  rememberExpiry(['collection:events'])
  expect(await flushRememberedExpiry(() => undefined)).toBe('expired')
  expect(received).toHaveLength(1)

  await listen(refusing, 403)
  process.env.SITE_CACHE_ORIGIN = `http://127.0.0.1:${up},http://127.0.0.1:${refusing}`
  rememberExpiry(['collection:events'])
  expect(await flushRememberedExpiry(() => undefined)).toBe('refused')
})

test('the job worker sends exactly the tags its jobs changed, and keeps them while no server answers', async () => {
  const port = await freePort()
  process.env.SITE_CACHE_ORIGIN = `http://127.0.0.1:${port}`
  expect(await flushRememberedTags()).toBe(0)
  rememberExpiry(['collection:press-releases', 'doc:press-releases:visite-a-dakar'])
  await expect(flushRememberedTags()).rejects.toThrow()

  await listen(port)
  expect(await flushRememberedTags()).toBe(2)
  expect(received).toEqual([
    {
      path: SITE_CACHE_PATH,
      token: 'valid',
      body: { tags: ['collection:press-releases', 'doc:press-releases:visite-a-dakar'] },
    },
  ])
  expect(await flushRememberedTags()).toBe(0)
})
