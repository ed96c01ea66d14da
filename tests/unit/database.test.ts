import { expect, test } from '@jest/globals'

import { databaseKind } from '../../lib/database'

test('DATABASE_URI picks the adapter', () => {
  expect(databaseKind('mongodb://mongo:27017/passerelle')).toBe('mongodb')
  expect(databaseKind('mongodb+srv://user:pw@cluster.example.net/db')).toBe('mongodb')
  expect(databaseKind('file:./data/passerelle.db')).toBe('sqlite')
  expect(() => databaseKind('postgres://localhost/db')).toThrow(
    /neither mongodb:\/\/… \(MongoDB\) nor file:… \(embedded SQLite\)/,
  )
})
