/**
 * `npm start` on the command line: without the site's public address, or with one that is not an
 * origin, it exits 1 with one line naming the variable and the fix, before any server starts.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, expect, test } from '@jest/globals'

const script = path.resolve('scripts/start.mjs')
// A folder without .env, so that nothing but the environment given here is read.
const emptyFolder = mkdtempSync(path.join(tmpdir(), 'passerelle-start-'))
afterAll(() => rmSync(emptyFolder, { recursive: true, force: true }))

function start(extraEnv: Record<string, string>) {
  return spawnSync(process.execPath, [script], {
    cwd: emptyFolder,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PAYLOAD_SECRET: 'a-long-test-secret', ...extraEnv },
    encoding: 'utf8',
    timeout: 30_000,
  })
}

test('without NEXT_PUBLIC_SERVER_URL: exit 1, one line with the cause and the fix', () => {
  const result = start({})
  expect(result.status).toBe(1)
  const lines = result.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^NEXT_PUBLIC_SERVER_URL is not set: .*e\.g\. https:\/\/www\.example\.org/)
  expect(result.stdout).toBe('')
})

test.each(['www.example.org', 'https://www.example.org/fr', 'ftp://www.example.org', '   '])(
  'NEXT_PUBLIC_SERVER_URL=%p is refused the same way',
  (value) => {
    const result = start({ NEXT_PUBLIC_SERVER_URL: value })
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/NEXT_PUBLIC_SERVER_URL .*https:\/\/www\.example\.org/)
  },
)

test('the secret is still checked first', () => {
  const result = start({ PAYLOAD_SECRET: '', NEXT_PUBLIC_SERVER_URL: 'https://www.example.org' })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/^PAYLOAD_SECRET is not set/)
})
