import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { isStaff, type AccessUser } from '../../access/roles'
import { payloadClient } from './payload'
import type { Viewer } from './viewer'

/**
 * The previewing member of staff of this request, or null for a visitor. Draft mode alone is not
 * enough: its cookie outlives a log-out, so the admin login must still be valid and staff's. Read
 * once per request (layout, metadata and page share it); outside a Next request (seed, tests) there
 * is no draft mode.
 */
export const previewViewer = cache(async (): Promise<Extract<Viewer, { preview: true }> | null> => {
  let enabled = false
  try {
    enabled = (await draftMode()).isEnabled
  } catch {
    return null
  }
  if (!enabled) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaff(user as unknown as AccessUser) ? { preview: true, user } : null
})
