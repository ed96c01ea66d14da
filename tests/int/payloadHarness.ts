import { unlink } from 'node:fs/promises'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** A Payload instance on this test file's own database (see testDatabase.ts), migrated as it starts. */
export async function startPayload(): Promise<Payload> {
  return getPayload({ config })
}

export async function stopPayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  const uri = process.env.DATABASE_URI ?? ''
  if (uri.startsWith('mongodb')) await payload.db.connection?.dropDatabase?.()
  await payload.destroy()
  if (uri.startsWith('file:')) await unlink(uri.slice('file:'.length)).catch(() => undefined)
}
