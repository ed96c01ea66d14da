import { afterEach, expect, test } from '@jest/globals'

import { databaseKind, schemaPushRequested } from '../../lib/database'

const saved = { push: process.env.PAYLOAD_DB_PUSH, nodeEnv: process.env.NODE_ENV, ci: process.env.CI }
const setEnv = (name: string, value: string | undefined) => {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
afterEach(() => {
  setEnv('PAYLOAD_DB_PUSH', saved.push)
  setEnv('NODE_ENV', saved.nodeEnv)
  setEnv('CI', saved.ci)
})

test('DATABASE_URI picks the adapter', () => {
  expect(databaseKind('mongodb://mongo:27017/passerelle')).toBe('mongodb')
  expect(databaseKind('mongodb+srv://user:pw@cluster.example.net/db')).toBe('mongodb')
  expect(databaseKind('file:./data/passerelle.db')).toBe('sqlite')
  expect(() => databaseKind('postgres://localhost/db')).toThrow(
    /neither mongodb:\/\/… \(MongoDB\) nor file:… \(embedded SQLite\)/,
  )
})

test('the schema is pushed only when PAYLOAD_DB_PUSH=1 asks for it, never because NODE_ENV is unset', () => {
  setEnv('PAYLOAD_DB_PUSH', undefined)
  for (const nodeEnv of [undefined, 'development', 'test', 'production']) {
    setEnv('NODE_ENV', nodeEnv)
    expect(schemaPushRequested()).toBe(false)
  }
  setEnv('PAYLOAD_DB_PUSH', '1')
  setEnv('NODE_ENV', 'production')
  expect(schemaPushRequested()).toBe(false)
})

test('PAYLOAD_DB_PUSH=1 without a terminal is refused in one line', () => {
  // CI=true counts as no terminal, even when jest runs in one.
  setEnv('CI', 'true')
  setEnv('PAYLOAD_DB_PUSH', '1')
  setEnv('NODE_ENV', 'development')
  expect(() => schemaPushRequested()).toThrow(
    expect.objectContaining({
      name: 'DatabaseNotReady',
      message: expect.stringMatching(/^PAYLOAD_DB_PUSH=1 .* no terminal is attached: unset PAYLOAD_DB_PUSH[^\n]*$/),
    }),
  )
})
