/**
 * `npm run import` as a person runs it: options, a progress line and a report per file, the exit code;
 * and, when it changed content, one request asking the running site (here a plain HTTP server on
 * 127.0.0.1 standing where the site listens) to expire its cache.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'

import { SITE_CACHE_PATH } from '../../lib/content/siteCache'
import { siteTags } from '../../lib/content/tags'
import { readSeedPage } from '../support/seedPages'

// Each test starts the real command-line job (a Node process loading Payload): seconds, minutes on a loaded machine.
jest.setTimeout(180_000)
let dir: string
let site: Server
let siteOrigin: string
const expiries: { path: string; tags: unknown }[] = []

beforeAll(async () => {
  site = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      expiries.push({ path: request.url ?? '', tags: (JSON.parse(body) as { tags: unknown }).tags })
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  dir = await mkdtemp(path.join(tmpdir(), 'passerelle-import-'))
  await writeFile(path.join(dir, 'council.txt'), readSeedPage('002'))
  await writeFile(path.join(dir, 'broken.html'), '<html><body><p>Not a page export</p></body></html>')
})
afterAll(async () => {
  await new Promise((resolve) => site.close(resolve))
  await rm(dir, { recursive: true, force: true })
})

function runImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/run.mjs', 'scripts/import.ts', ...args],
      {
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          DATABASE_URI: `file:${path.join(dir, 'cli.db')}`,
          SITE_CACHE_ORIGIN: siteOrigin,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

test('imports a page with --date, refuses a broken one with the reason, and exits 1', async () => {
  const { code, stdout } = await runImport([
    '--date',
    '2019-11-26',
    path.join(dir, 'council.txt'),
    path.join(dir, 'broken.html'),
  ])
  expect(stdout).toMatch(
    /\[1\/2\] \+ council\.txt: created press release “L’Organisation internationale pour les migrations ouvre mardi la 110ème session de son Conseil”/,
  )
  expect(stdout).toMatch(/\[2\/2\] ✗ broken\.html: refused page\n\s+reason: .*HTML/)
  expect(stdout).toMatch(/2 file\(s\): 1 created, 0 updated, 0 unchanged, 1 refused/)
  expect(code).toBe(1)
  // The created release: the running site is asked once to expire its cache.
  expect(expiries).toEqual([{ path: SITE_CACHE_PATH, tags: siteTags() }])
  expect(stdout).toContain(`Site cache: the server at ${siteOrigin} will show the changes from the next request.`)
})

test('a second run reports the page unchanged and exits 0', async () => {
  const { code, stdout } = await runImport(['--date', '2019-11-26', path.join(dir, 'council.txt')])
  expect(stdout).toMatch(/\[1\/1\] = council\.txt: unchanged press release/)
  expect(code).toBe(0)
  // Nothing changed: nothing to expire.
  expect(expiries).toHaveLength(1)
})

test('without files it prints the usage and exits 2', async () => {
  const { code, stderr } = await runImport([])
  expect(stderr).toMatch(
    /^Give at least one FILE to import\.\n\nUsage: npm run import -- \[--date YYYY-MM-DD\] \[--programme KEY\] .*FILE…/,
  )
  expect(code).toBe(2)
})
