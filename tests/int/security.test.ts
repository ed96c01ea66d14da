/** What must never leak or be accepted, checked through the public REST and GraphQL APIs. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { makePressRelease, makeUser, PASSWORD } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'
import { graphQL, rest } from './restClient'

let payload: Payload
let draftId: number | string
let draftTitle: string
const emails: string[] = []

beforeAll(async () => {
  payload = await startPayload()
  for (const role of ['admin', 'editor', 'translator'] as const)
    emails.push((await makeUser(payload, role, role === 'translator' ? ['es'] : null)).email)
  await makePressRelease(payload, { title: 'Publié pour tous' })
  const draft = await makePressRelease(payload, { title: 'Brouillon confidentiel', status: 'draft' })
  draftId = draft.id
  draftTitle = draft.title
})
afterAll(() => stopPayload(payload))

describe('drafts stay private to anonymous visitors', () => {
  test('REST lists, with or without draft=true, in every locale', async () => {
    for (const query of [
      'press-releases?locale=fr',
      'press-releases?locale=fr&draft=true',
      'press-releases?locale=all&depth=2',
      `press-releases?where[id][equals]=${draftId}&draft=true`,
    ]) {
      const response = await rest('GET', query)
      expect(response.status).toBe(200)
      expect(response.text).not.toContain(draftTitle)
    }
  })

  test('REST by id and versions', async () => {
    for (const path of [`press-releases/${draftId}?locale=fr`, `press-releases/${draftId}?draft=true&locale=fr`]) {
      const response = await rest('GET', path)
      expect([403, 404]).toContain(response.status)
      expect(response.text).not.toContain(draftTitle)
    }
    const versions = await rest('GET', 'press-releases/versions')
    expect(versions.status).toBe(403)
  })

  test('GraphQL', async () => {
    const response = await graphQL('query { PressReleases(draft: true, locale: fr) { docs { title } } }')
    expect(response.text).not.toContain(draftTitle)
    expect(response.text).toContain('Publié pour tous')
  })
})

describe('secrets and people', () => {
  test('no public response holds a user email, a password hash or the secret', async () => {
    const responses = await Promise.all([
      rest('GET', 'users'),
      rest('GET', 'users/me'),
      rest('GET', 'press-releases?depth=3&locale=all'),
      rest('GET', 'globals/site?locale=all'),
      rest('GET', 'globals/navigation?depth=3&locale=all'),
      graphQL('query { Users { docs { email } } }'),
    ])
    for (const response of responses) {
      expect(response.status).toBeLessThan(500)
      for (const email of emails) expect(response.text).not.toContain(email)
      expect(response.text).not.toMatch(/"(hash|salt|password)"/)
      expect(response.text).not.toContain(process.env.PAYLOAD_SECRET as string)
    }
  })
})

describe('logging in', () => {
  test('wrong passwords hold back the client that sent them, never the account for its owner', async () => {
    const user = await makeUser(payload, 'editor')
    const attacker = { clientAddress: '203.0.113.66' }
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await rest('POST', 'users/login', {
        ...attacker,
        body: { email: user.email, password: 'wrong-password' },
      })
      expect(wrong.status).toBe(401)
    }
    const held = await rest('POST', 'users/login', { ...attacker, body: { email: user.email, password: PASSWORD } })
    expect(held.status).toBe(429)
    const owner = await rest('POST', 'users/login', {
      clientAddress: '198.51.100.7',
      body: { email: user.email, password: PASSWORD },
    })
    expect(owner.status).toBe(200)
    expect(owner.text).not.toMatch(/locked/i)
  })

  test('a wrong email and a wrong password get the same answer', async () => {
    const noSuchUser = await rest('POST', 'users/login', {
      body: { email: 'nobody@example.org', password: 'whatever-password' },
    })
    const wrongPassword = await rest('POST', 'users/login', {
      body: { email: emails[0], password: 'whatever-password' },
    })
    expect(noSuchUser.status).toBe(wrongPassword.status)
    expect(noSuchUser.body).toEqual(wrongPassword.body)
  })
})
