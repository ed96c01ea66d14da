import { expect, test } from '@jest/globals'

import { payloadSecret } from '../../lib/auth/secret'

test('production refuses to run without PAYLOAD_SECRET, and says how to set it', () => {
  expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set.*openssl rand -hex 32/s)
  expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: '   ' })).toThrow(/PAYLOAD_SECRET is not set/)
})

test('the given secret is used; development and the build step get a local one', () => {
  expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: ' s3cret ' })).toBe('s3cret')
  expect(payloadSecret({ NODE_ENV: 'development' })).toMatch(/development/)
  expect(payloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toMatch(/development/)
})
