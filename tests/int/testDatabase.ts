// Runs before each integration test file: a database of its own, so files never see each other's data.
// SQLite by default (a temporary file); MongoDB when TEST_DATABASE_URI=mongodb://… is set (a fresh database name per file).
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'

const unique = `${process.pid}-${randomBytes(4).toString('hex')}`
const requested = process.env.TEST_DATABASE_URI

function mongoDatabase(uri: string): string {
  const url = new URL(uri)
  url.pathname = `/passerelle_test_${unique.replace(/-/g, '_')}`
  return url.toString()
}

process.env.DATABASE_URI = requested?.startsWith('mongodb')
  ? mongoDatabase(requested)
  : `file:${path.join(tmpdir(), `passerelle-test-${unique}.db`)}`
process.env.PAYLOAD_SECRET = 'test-secret'
// The schema comes from migrations/, as in production (lib/database/sqliteGuard.ts): the tests run
// them on every fresh database, and tests/int/migrationsSchema.test.ts checks they make the whole
// schema. Never a development-mode push, even if the shell that started jest asks for one.
delete process.env.PAYLOAD_DB_PUSH
// Refusals are what these tests provoke: keep Payload's log to warnings.
process.env.PAYLOAD_LOG_LEVEL ??= 'warn'
// Tests run the job queue themselves (payload.jobs.run): a cron firing in the middle of a test
// competes for SQLite's write lock ("database is locked" under load).
process.env.PAYLOAD_JOBS_AUTORUN ??= 'false'
