/** The rules behind logins that need no server: CSRF origins, Secure cookies, the password policy, the throttle. */
import { expect, test } from '@jest/globals'

import { passwordProblem } from '../../lib/auth/passwordPolicy'
import { csrfOrigins, secureCookies } from '../../lib/auth/publicAddress'
import { ClientThrottle, clientAddress } from '../../lib/auth/throttle'

test('the CSRF allowlist is the public origin, or this server’s own port on loopback: never empty', () => {
  expect(csrfOrigins({ NEXT_PUBLIC_SERVER_URL: 'https://www.example.org/fr/' })).toEqual(['https://www.example.org'])
  expect(csrfOrigins({ PORT: '3181' })).toEqual(['http://localhost:3181', 'http://127.0.0.1:3181'])
  expect(csrfOrigins({})).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
  expect(csrfOrigins({ NEXT_PUBLIC_SERVER_URL: 'not an address' })).toHaveLength(2)
})

test('the login cookie is Secure when the public address is https', () => {
  expect(secureCookies({ NEXT_PUBLIC_SERVER_URL: 'https://www.example.org' })).toBe(true)
  expect(secureCookies({ NEXT_PUBLIC_SERVER_URL: 'http://localhost:3000' })).toBe(false)
  expect(secureCookies({})).toBe(false)
})

test('passwords: at least 12 characters, none of the common ones, disguised or repeated', () => {
  for (const weak of ['abc', '123', 'password', 'passerelle', 'é'.repeat(11)])
    expect(passwordProblem(weak)).toBe('tooShort')
  for (const common of [
    'qwertyuiop123',
    '1q2w3e4r5t6y',
    'password1234',
    '!!dragon2024!!',
    'Football12345',
    'abcabcabcabc',
    'monkeymonkeymonkey',
    'zzzzzzzzzzzzzzzz',
  ])
    expect([common, passwordProblem(common)]).toEqual([common, 'common'])
  for (const good of [
    'correct-horse-battery-staple',
    'passerelle-demo',
    'quatre-saisons-sous-la-pluie',
    'كلمة مرور طويلة جدا',
  ])
    expect([good, passwordProblem(good)]).toEqual([good, undefined])
})

test('the throttle holds back one client, per account, and forgives a success', () => {
  const throttle = new ClientThrottle({ limit: 4, ms: 60_000 }, { limit: 2, ms: 60_000 })
  throttle.fail('attacker', 'a@x')
  throttle.fail('attacker', 'a@x')
  expect(throttle.waitFor('attacker', 'a@x')).toBeGreaterThan(0)
  expect(throttle.waitFor('owner', 'a@x')).toBe(0)
  expect(throttle.waitFor('attacker', 'b@x')).toBe(0)
  throttle.fail('attacker', 'b@x')
  throttle.fail('attacker', 'c@x')
  expect(throttle.waitFor('attacker', 'd@x')).toBeGreaterThan(0)
  throttle.fail('office', 'e@x')
  throttle.succeed('office', 'e@x')
  throttle.fail('office', 'e@x')
  expect(throttle.waitFor('office', 'e@x')).toBe(0)
})

test('the client address is the last X-Forwarded-For entry, the one the nearest proxy added', () => {
  expect(clientAddress(new Headers({ 'X-Forwarded-For': '10.0.0.1, 203.0.113.5' }))).toBe('203.0.113.5')
  expect(clientAddress(new Headers())).toBe('unknown')
})
