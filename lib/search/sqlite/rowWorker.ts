/** The worker thread of rowsInWorker (rowSource.ts): each batch of documents it is sent, answered with its rows. */
import { parentPort, workerData } from 'node:worker_threads'

import type { DocBatch } from '../entries'
import { rowChunk } from './rowSource'

let sequence = (workerData as { firstSequence: number }).firstSequence
parentPort?.on('message', (batch: DocBatch) => {
  const chunk = rowChunk(batch, sequence)
  sequence += chunk.rows.count
  parentPort?.postMessage(chunk)
})
