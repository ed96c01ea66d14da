/**
 * A database file that was briefly unwritable (a full or remounted disk, a backup tool's lock) is
 * recovered without a restart: while it is read-only, writes fail and reads go on; as soon as it is
 * writable again, reads, search, logins and writes all work (lib/database/sqliteReconnect.ts).
 *
 * As root (CI), whom file modes do not stop, the file is made immutable (`chattr +i`), which refuses
 * writes to everyone; as anyone else, its mode is made read-only. The browser suite runs one file at
 * a time, so no other test writes meanwhile.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync } from 'node:fs'

import { afterAll, expect, test } from '@jest/globals'

import { apiLogIn, baseURL, DEMO_PASSWORD } from './browser'

const databaseFile = () => {
  const uri = process.env.DATABASE_URI ?? ''
  if (!uri.startsWith('file:')) throw new Error(`DATABASE_URI is not an SQLite file: ${uri}`)
  return uri.slice('file:'.length)
}
const immutable = (on: boolean) => {
  if (process.getuid?.() === 0) execFileSync('chattr', [on ? '+i' : '-i', databaseFile()])
  else chmodSync(databaseFile(), on ? 0o444 : 0o644)
}

afterAll(() => {
  immutable(false)
})

async function status(path: string, init: RequestInit = {}): Promise<number> {
  const response = await fetch(`${baseURL()}${path}`, init)
  await response.arrayBuffer()
  return response.status
}

const login = () =>
  status('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'editor@passerelle.test', password: DEMO_PASSWORD }),
  })

const create = (token: string, title: string) =>
  status('/api/press-releases?locale=fr', {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, summary: 'Écrit pendant que la base était en lecture seule.' }),
  })

test('reads, search, logins and writes work again as soon as the file is writable, without a restart', async () => {
  const token = await apiLogIn('editor@passerelle.test')
  const run = Date.now().toString(36)
  immutable(true)
  try {
    // Writes are refused meanwhile (a login writes its session), reads go on.
    expect(await create(token, `Pendant ${run}`)).toBeGreaterThanOrEqual(400)
    expect(await login()).toBeGreaterThanOrEqual(400)
    expect(await status('/api/press-releases?locale=fr&limit=3')).toBe(200)
  } finally {
    immutable(false)
  }
  const after = {
    read: await status('/api/press-releases?locale=fr&limit=3'),
    search: await status(`/fr/search?q=migration-${run}`),
    login: await login(),
    write: await create(token, `Après ${run}`),
    health: await status('/api/health'),
  }
  expect(after).toEqual({ read: 200, search: 200, login: 200, write: 201, health: 200 })
})
