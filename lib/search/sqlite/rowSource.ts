/**
 * A rebuild's rows: each batch of documents read turned into the rows of its entries (text cleaned
 * and folded, keys numbered from a reserved sequence), either in the rebuild's own thread or in a
 * worker thread (rowWorker.ts) that builds the next batch's rows while SQLite writes the last:
 * building them is about 40 % of a rebuild's CPU time. The documents are read in the rebuild's
 * thread, on its own connection: outside WAL mode a second connection's reads would wait for the
 * rebuild's commits, and the rebuild's commits for them.
 */
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { entryBatch, type DocBatch } from '../entries'
import type { SearchedCollection } from '../types'
import { entryRows, type EntryRows } from './store'

export interface RowChunk {
  collection: SearchedCollection
  /** Documents in the chunk, and read so far of the collection's `total`. */
  documents: number
  done: number
  total: number
  rows: EntryRows
}

/** Numbers a batch's entries from `sequence` on: the rows, and the next free number. */
export function rowChunk(batch: DocBatch, sequence: number): RowChunk {
  const { collection, docIds, entries, done, total } = entryBatch(batch)
  return { collection, documents: docIds.length, done, total, rows: entryRows(entries, sequence) }
}

/** The rows of each batch, built in this thread. */
export async function* rowsInThread(batches: AsyncIterable<DocBatch>, firstSequence: number): AsyncGenerator<RowChunk> {
  let sequence = firstSequence
  for await (const batch of batches) {
    const chunk = rowChunk(batch, sequence)
    sequence += chunk.rows.count
    yield chunk
  }
}

/** Where the worker's module is: run from the project's folder by a TypeScript-aware Node (`npm run search:reindex`). */
const WORKER = path.resolve('lib/search/sqlite/rowWorker.ts')

/**
 * The rows of each batch, built by a worker thread while the caller writes the previous batch's.
 * The worker runs TypeScript, so this is for command-line jobs started through tsx
 * (scripts/run.mjs), not for the built server.
 */
export async function* rowsInWorker(batches: AsyncIterable<DocBatch>, firstSequence: number): AsyncGenerator<RowChunk> {
  const worker = new Worker(WORKER, { workerData: { firstSequence } })
  const waiting: Array<{ resolve: (chunk: RowChunk) => void; reject: (error: unknown) => void }> = []
  let failure: unknown = null
  worker.on('message', (chunk: RowChunk) => waiting.shift()?.resolve(chunk))
  worker.on('error', (error) => {
    failure = error
    for (const request of waiting.splice(0)) request.reject(error)
  })
  const build = (batch: DocBatch) => {
    if (failure) return Promise.reject(failure)
    const result = new Promise<RowChunk>((resolve, reject) => waiting.push({ resolve, reject }))
    worker.postMessage(batch)
    return result
  }
  try {
    let building: Promise<RowChunk> | null = null
    for await (const batch of batches) {
      const next = build(batch)
      // Not left unhandled while the previous chunk is written; awaited (and thrown) below.
      next.catch(() => {})
      if (building) yield await building
      building = next
    }
    if (building) yield await building
  } finally {
    await worker.terminate()
  }
}
