/** An error's causes (lib/database/errorCauses.ts): what busy detection and the jobs' error output read. */
import { describe, expect, test } from '@jest/globals'

import { causesOf } from '../../lib/database/errorCauses'

describe('causesOf', () => {
  test('the causes, nearest first, down to the first that is not an error', () => {
    const driver = new Error('SQLITE_BUSY: database is locked')
    const query = new Error('Failed query: insert into payload_jobs', { cause: driver })
    const job = new Error('The job failed', { cause: query })
    expect(causesOf(job)).toEqual([query, driver])
    expect(causesOf(new Error('alone'))).toEqual([])
    expect(causesOf(new Error('with a string cause', { cause: 'timeout' }))).toEqual(['timeout'])
    expect(causesOf('not an error')).toEqual([])
  })

  test('a chain that loops ends after four', () => {
    const a = new Error('a')
    const b = new Error('b', { cause: a })
    a.cause = b
    expect(causesOf(a)).toEqual([b, a, b, a])
  })
})
