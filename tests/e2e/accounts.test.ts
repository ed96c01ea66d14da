/**
 * Accounts on the production server, as people and attackers meet them: a form on another origin
 * cannot post with an editor's cookie; weak passwords are refused in the admin, in its language;
 * wrong passwords hold back the client that sends them, never the account's owner, with one message
 * and the same time for known and unknown addresses; forgot-password sends a working reset link;
 * ten simultaneous logins of one account all keep their session.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { api, apiLogIn, baseURL, collectPageErrors, DEMO_PASSWORD, launchBrowser, logIn, newPage } from './browser'
import { keepLastPage } from './screenshots'

const run = Date.now().toString(36)
const GOOD_PASSWORD = 'quatre-saisons-sous-la-pluie'

let browser: Browser
let page: Page
let errors: string[]
let adminToken: string

/** Each test's clients have their own addresses (as the nearest proxy reports them), so throttles never cross. */
let nextAddress = 1
const newClient = () => `198.51.100.${nextAddress++}`

async function login(email: string, password: string, client = newClient()) {
  const started = performance.now()
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string; errors?: { message: string }[] }
  return { status: response.status, body, ms: performance.now() - started, cookie: response.headers.get('set-cookie') }
}

async function createUser(email: string, password = GOOD_PASSWORD): Promise<void> {
  await api('users', {
    token: adminToken,
    method: 'POST',
    body: { name: `Compte ${run}`, email, password, role: 'editor' },
  })
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

beforeAll(async () => {
  adminToken = await apiLogIn('admin@passerelle.test')
  browser = await launchBrowser()
  page = await newPage(browser)
  errors = collectPageErrors(page)
})
afterEach(async () => keepLastPage(page))
afterAll(async () => {
  await browser?.close()
})

describe('cross-site requests', () => {
  let other: Server
  let otherOrigin: string
  const title = `Communiqué forgé ${run}`

  beforeAll(async () => {
    // Another site on the same host (another port: same-site, so the browser sends the cookie).
    other = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.end(`<!doctype html><title>autre site</title>
        <form id="forged" method="post" enctype="multipart/form-data" action="${baseURL()}/api/press-releases?locale=fr">
          <input type="hidden" name="_payload" value='${JSON.stringify({ title, summary: 'forgé' })}'>
        </form><script>document.getElementById('forged').submit()</script>`)
    })
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())))

  test('a form on another origin, posted with the editor’s cookie, creates nothing', async () => {
    await logIn(page, 'editor@passerelle.test')
    const posted = page.waitForResponse((response) => response.url().startsWith(`${baseURL()}/api/press-releases`))
    await page.goto(otherOrigin)
    const response = await posted
    expect([401, 403]).toContain(response.status())
    const found = await api<{ totalDocs: number }>(
      `press-releases?locale=fr&draft=true&where[title][equals]=${encodeURIComponent(title)}`,
      { token: adminToken },
    )
    expect(found.totalDocs).toBe(0)
  })

  test('the same cookie from the site’s own origin is accepted; from another origin it is not', async () => {
    const { cookie } = await login('editor@passerelle.test', DEMO_PASSWORD)
    const token = /payload-token=([^;]+)/.exec(cookie ?? '')?.[1]
    expect(token).toBeTruthy()
    const me = (origin: string) =>
      fetch(`${baseURL()}/api/users/me`, { headers: { Cookie: `payload-token=${token}`, Origin: origin } }).then(
        (r) => r.json() as Promise<{ user: { email: string } | null }>,
      )
    expect((await me(baseURL())).user?.email).toBe('editor@passerelle.test')
    expect((await me(otherOrigin)).user).toBeNull()
  })
})

describe('passwords', () => {
  test('the admin refuses a short and a common password in its language, then accepts a good one', async () => {
    await page.context().clearCookies()
    await page.context().addCookies([{ name: 'payload-lng', value: 'fr', url: baseURL() }])
    await logIn(page, 'admin@passerelle.test')
    await page.goto(`${baseURL()}/admin/collections/users/create`)
    await page.fill('#field-name', `Nouvelle personne ${run}`)
    await page.fill('#field-email', `nouvelle-${run}@passerelle.test`)
    const attempt = async (password: string) => {
      await page.fill('#field-password', password)
      await page.fill('#field-confirm-password', password)
      await page.click('#action-save')
    }
    await attempt('court-123')
    await page.getByText('Le mot de passe doit comporter au moins 12 caractères.').first().waitFor()
    await attempt('password1234')
    await page.getByText('Ce mot de passe fait partie des plus courants', { exact: false }).first().waitFor()
    await attempt(GOOD_PASSWORD)
    await page.waitForURL(/\/admin\/collections\/users\/\d+/)
    expect((await login(`nouvelle-${run}@passerelle.test`, GOOD_PASSWORD)).status).toBe(200)
    await page.context().clearCookies()
    expect(errors).toEqual([])
  })

  test('the API refuses weak passwords too', async () => {
    for (const password of ['abc', '123', 'password', 'qwertyuiop123', 'abcabcabcabc', '000000000000']) {
      const response = await fetch(`${baseURL()}/api/users`, {
        method: 'POST',
        headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Faible', email: `faible-${run}@passerelle.test`, password, role: 'editor' }),
      })
      expect(response.status).toBe(400)
      expect(await response.text()).toMatch(/password/)
    }
  })
})

describe('failed logins', () => {
  test('an attacker’s wrong passwords hold back the attacker, not the account’s owner', async () => {
    const email = `cible-${run}@passerelle.test`
    await createUser(email)
    const attacker = newClient()
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await login(email, 'not-the-password', attacker)).status).toBe(401)
    const held = await login(email, GOOD_PASSWORD, attacker)
    expect(held.status).toBe(429)
    expect(held.body.errors?.[0]?.message).toMatch(/Too many attempts/)
    // The owner, from their own address, logs in at once; Payload used to lock the account for 10 minutes.
    expect((await login(email, GOOD_PASSWORD)).status).toBe(200)
  })

  test('one message, and the same time, for an unknown address and a wrong password', async () => {
    const unknown = await login(`personne-${run}@passerelle.test`, 'not-the-password')
    const wrong = await login('editor@passerelle.test', 'not-the-password')
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)
    const unknownMs: number[] = []
    const wrongMs: number[] = []
    const unknownLogin = async (round: number) =>
      unknownMs.push((await login(`personne-${round}-${run}@passerelle.test`, 'not-the-password')).ms)
    const wrongLogin = async () => wrongMs.push((await login('editor@passerelle.test', 'not-the-password')).ms)
    // Alternating which goes first, and comparing the fastest of each: the server's other work
    // (a publish's after-effects, a garbage collection) only ever adds time, to either side.
    for (let round = 0; round < 8; round++) {
      if (round % 2) {
        await unknownLogin(round)
        await wrongLogin()
      } else {
        await wrongLogin()
        await unknownLogin(round)
      }
    }
    const fastest = (ms: number[]) => Math.min(...ms)
    console.log(
      `login: unknown e-mail ${fastest(unknownMs).toFixed(0)} ms, wrong password ${fastest(wrongMs).toFixed(0)} ms (fastest of 8); ` +
        `medians ${median(unknownMs).toFixed(0)} and ${median(wrongMs).toFixed(0)} ms`,
    )
    // Before: 9 ms against 222 ms. A password hash for both now.
    const ratio = fastest(unknownMs) / fastest(wrongMs)
    expect(ratio).toBeGreaterThan(0.6)
    expect(ratio).toBeLessThan(1.67)
  })
})

describe('forgot-password', () => {
  const captured = () => {
    const dir = process.env.EMAIL_CAPTURE_DIR
    if (!dir) throw new Error('EMAIL_CAPTURE_DIR is not set: run the browser suites with `npm run test:e2e`.')
    try {
      return readdirSync(dir).map(
        (file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { to: string; html: string },
      )
    } catch {
      return []
    }
  }
  const forgot = async (email: string) => {
    const started = performance.now()
    const response = await fetch(`${baseURL()}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': newClient() },
      body: JSON.stringify({ email }),
    })
    return { status: response.status, text: await response.text(), ms: performance.now() - started }
  }

  test('the same answer, in the same time, for a known and an unknown address', async () => {
    const known = await forgot('translator@passerelle.test')
    const unknown = await forgot(`personne-${run}@passerelle.test`)
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(unknown.text).toBe(known.text)
    const knownMs = [known.ms]
    const unknownMs = [unknown.ms]
    for (let round = 0; round < 3; round++) {
      knownMs.push((await forgot('translator@passerelle.test')).ms)
      unknownMs.push((await forgot(`personne-${round}-${run}@passerelle.test`)).ms)
    }
    const fastestKnown = Math.min(...knownMs)
    const fastestUnknown = Math.min(...unknownMs)
    console.log(
      `forgot-password: known ${fastestKnown.toFixed(0)} ms, unknown ${fastestUnknown.toFixed(0)} ms (fastest of 4)`,
    )
    expect(Math.abs(fastestKnown - fastestUnknown)).toBeLessThan(150)
  })

  test('a person resets a forgotten password from the e-mail and logs in with the new one', async () => {
    const email = `oubli-${run}@passerelle.test`
    await createUser(email)
    await page.context().clearCookies()
    await page.goto(`${baseURL()}/admin/forgot`)
    await page.fill('input[name="email"]', email)
    await page.click('button[type="submit"]')
    let message: { to: string; html: string } | undefined
    for (let waited = 0; !message && waited < 20_000; waited += 250) {
      message = captured().find((m) => m.to === email)
      if (!message) await page.waitForTimeout(250)
    }
    expect(message).toBeDefined()
    const link = /href="([^"]+\/admin\/reset\/[0-9a-f]+)"/.exec(message?.html ?? '')?.[1]
    expect(link).toBeDefined()
    await page.goto(`${baseURL()}${new URL(link as string).pathname}`)
    // The reset form posts only once React has taken it over: filled and sent before that, on a loaded
    // machine, nothing was sent at all (seen in a clean-clone run; 3 s later the same steps worked).
    await page.waitForLoadState('networkidle')
    const newPassword = `nouveau-départ-${run}`
    await page.fill('input[name="password"]', newPassword)
    await page.fill('input[name="confirm-password"]', newPassword)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/reset'))
    expect((await login(email, newPassword)).status).toBe(200)
    expect((await login(email, GOOD_PASSWORD)).status).toBe(401)
    await page.context().clearCookies()
  })
})

test('ten simultaneous logins of one account: every token works afterwards', async () => {
  const email = `parallele-${run}@passerelle.test`
  await createUser(email)
  const logins = await Promise.all(Array.from({ length: 10 }, () => login(email, GOOD_PASSWORD)))
  expect(logins.map((l) => l.status)).toEqual(Array(10).fill(200))
  const users = await Promise.all(
    logins.map((l) =>
      fetch(`${baseURL()}/api/users/me`, { headers: { Authorization: `JWT ${l.body.token}` } }).then(
        (r) => r.json() as Promise<{ user: { email: string } | null }>,
      ),
    ),
  )
  expect(users.map((u) => u.user?.email)).toEqual(Array(10).fill(email))
})
