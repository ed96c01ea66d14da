/**
 * Write transactions on the embedded SQLite database, one at a time.
 *
 * SQLite has one writer. The libsql client opens a new connection for every transaction and begins
 * it with BEGIN IMMEDIATE, so a second transaction begun while another is open failed at once with
 * SQLITE_BUSY ("database is locked"): measured, 19 of 20 simultaneous creates failed, and in the
 * browser suite an editor's autosave answered 500 whenever the job runner was writing. A busy
 * timeout is no cure inside one process: the native driver waits synchronously, blocking the very
 * event loop the open transaction needs to finish.
 *
 * So, per process: each transaction waits for the previous one to commit or roll back (a queue,
 * no polling). Across processes (a command-line job next to the server): a BEGIN refused as busy
 * is tried again after a short pause, for up to BUSY_RETRY_MS. A transaction that waited
 * QUEUE_WAIT_MS for its turn goes ahead anyway (and may then be refused as busy), so a write that
 * starts a second transaction from inside a first one fails instead of waiting for ever.
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { causesOf } from './errorCauses'

const BUSY_RETRY_MS = 10_000
const QUEUE_WAIT_MS = 15_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** SQLite's "database is locked", in the error or its causes (drizzle's "Failed query" carries it as its cause). */
function isBusy(error: unknown): boolean {
  return [error, ...causesOf(error)].some((e) => /SQLITE_BUSY|database is locked/.test(String(e)))
}

/** `work()` (a BEGIN, or a write outside any transaction) again after a short, growing pause while another writer holds the lock, for up to `retryMs`. */
export async function retriedWhileBusy<T>(work: () => Promise<T>, retryMs = BUSY_RETRY_MS): Promise<T> {
  const deadline = Date.now() + retryMs
  for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
    try {
      return await work()
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error
      await sleep(pause)
    }
  }
}

/** A queue of turns: `take()` resolves when every earlier turn has been released (or after `maxWait`). */
function turnQueue(maxWait: number): { take: () => Promise<() => void> } {
  let last: Promise<void> = Promise.resolve()
  return {
    async take() {
      let release!: () => void
      const done = new Promise<void>((resolve) => (release = resolve))
      const previous = last
      last = previous.then(() => done)
      await Promise.race([previous, sleep(maxWait)])
      return release
    },
  }
}

type Adapter = BaseDatabaseAdapter

export function queueSqliteWrites(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as Adapter
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const queue = turnQueue(QUEUE_WAIT_MS)
      const releases = new Map<number | string, () => void>()
      const releaseOf = async (id: Parameters<Adapter['commitTransaction']>[0]) => {
        const key = await id
        const release = releases.get(key)
        releases.delete(key)
        release?.()
      }
      adapter.beginTransaction = async (options) => {
        const release = await queue.take()
        try {
          const id = await retriedWhileBusy(() => begin(options))
          if (id === null) release()
          else releases.set(id, release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      adapter.commitTransaction = async (id) => {
        try {
          await commit(id)
        } finally {
          await releaseOf(id)
        }
      }
      adapter.rollbackTransaction = async (id) => {
        try {
          await rollback(id)
        } finally {
          await releaseOf(id)
        }
      }
      return adapter
    },
  }
}
