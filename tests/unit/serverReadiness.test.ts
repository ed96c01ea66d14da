/**
 * The readiness guard in front of Next's request handler (lib/database/serverReadiness.ts), on a
 * real Node HTTP server: requests wait while the start is decided, get 503 at once while the
 * database cannot be used, and reach the handler untouched once the server is ready.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import {
  holdRequestsWhileStarting,
  markServerNotReady,
  markServerReady,
  UNAVAILABLE_TEXT,
} from '../../lib/database/serverReadiness'

let server: http.Server
let base = ''
const originalEmit = http.Server.prototype.emit

beforeAll(async () => {
  server = http.createServer((_request, response) => response.end('page'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  markServerReady()
  await new Promise((resolve) => server.close(resolve))
})

const get = async () => {
  const response = await fetch(base)
  return { status: response.status, body: await response.text(), retryAfter: response.headers.get('retry-after') }
}

test('requests wait for the verdict, then reach the handler; nothing stays in the way', async () => {
  holdRequestsWhileStarting()
  let answered = false
  const pending = get().then((r) => ((answered = true), r))
  await new Promise((r) => setTimeout(r, 200))
  expect(answered).toBe(false)
  markServerReady()
  await expect(pending).resolves.toMatchObject({ status: 200, body: 'page' })
  expect(http.Server.prototype.emit).toBe(originalEmit)
})

test('a database that cannot be used: held and later requests answer 503 with the notice', async () => {
  holdRequestsWhileStarting()
  const held = get()
  await new Promise((r) => setTimeout(r, 100))
  markServerNotReady('a development-mode schema push')
  for (const result of [await held, await get()])
    expect(result).toEqual({ status: 503, body: `${UNAVAILABLE_TEXT}\n`, retryAfter: '60' })
  markServerReady()
  await expect(get()).resolves.toMatchObject({ status: 200, body: 'page' })
})
