/**
 * A production server's first visitors get the site as it is in its database, not the pages the build
 * rendered against a throwaway one (or an earlier run left on disk): requests wait while the server
 * expires that cache at start (lib/database/startPayloadWithServer.ts). Seen in the suite before: a
 * page asked for in the first seconds was the build's empty home page, without its menu.
 *
 * Its own server on a freshly seeded database, asked for every language's home page as soon as it
 * accepts connections.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { NEXT_START_ARGS, run } from '../../scripts/lib/server.mjs'
import { localeCodes } from '@/lib/i18n/locales'

const work = mkdtempSync(path.join(tmpdir(), 'passerelle-start-fresh-'))
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URI: `file:${path.join(work, 'fresh.db')}`,
  PAYLOAD_LOG_LEVEL: 'warn',
} as NodeJS.ProcessEnv
let server: ChildProcess | undefined

beforeAll(async () => {
  await run(process.execPath, ['scripts/run.mjs', 'scripts/seed.ts'], env)
}, 180_000)

afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve))
    process.kill(-server.pid, 'SIGTERM')
    await exited
  }
  rmSync(work, { recursive: true, force: true })
})

/** The first answer `url` gives, asked every 20 ms from before the server listens. */
async function firstAnswer(url: string, timeoutMs: number): Promise<{ status: number; html: string }> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      return { status: response.status, html: await response.text() }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

test('the first request to each home page, made the moment the server listens, shows the seeded menu', async () => {
  const { freePort } = await import('../../scripts/lib/server.mjs')
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  server = spawn(path.resolve('node_modules/.bin/next'), [...NEXT_START_ARGS, '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...env, NEXT_PUBLIC_SERVER_URL: base },
    stdio: 'ignore',
    detached: true,
  })
  const answers = await Promise.all(localeCodes.map((locale) => firstAnswer(`${base}/${locale}`, 120_000)))
  for (const [index, { status, html }] of answers.entries()) {
    const locale = localeCodes[index]
    expect({ locale, status }).toEqual({ locale, status: 200 })
    // The build's page has no menu below the sections (no pages then); the seeded site has the
    // "who we are" tree: a link two levels down that is not a section's document.
    const nested = new RegExp(`href="/${locale}/(?!(?:news|events|offices|programmes|search)/)[a-z0-9-]+/[a-z0-9-]+"`)
    expect({ locale, nested: nested.test(html) }).toEqual({
      locale,
      nested: true,
    })
  }
}, 180_000)

test('the server reads next.config.ts without loading the SWC compiler (27 MB of its memory)', () => {
  // `next start` serves in its own process: the libraries it has loaded are in its memory map.
  // Without NEXT_START_ARGS, or with an import Node cannot resolve in next.config.ts, Next falls
  // back to transpiling the file with SWC, silently.
  const maps = readFileSync(`/proc/${server?.pid}/maps`, 'utf8')
  expect(maps).toContain('/node')
  expect(maps).not.toContain('next-swc')
})
