import { statSync } from 'node:fs'
import path from 'node:path'

import type { UploadConfig } from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * An upload whose record exists but whose file is gone from `staticDir` (a restored database, a lost
 * volume) answers 404: Payload's own file handler answers 500 "Something went wrong." for it, as if
 * the server had failed. Runs before Payload's local file handler; any other case falls through to it.
 * (A synchronous stat: one local lookup, and Payload's handler types allow no Promise of "nothing".)
 */
export function missingFileIsNotFound(staticDir: string): FileHandler {
  const root = path.resolve(staticDir)
  return (_req, { params }) => {
    const file = path.resolve(root, params.filename)
    // Payload refuses paths outside the folder itself (400): leave those to it.
    if (!file.startsWith(root + path.sep)) return
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) return
    return Response.json(
      { errors: [{ message: 'Not Found' }] },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    )
  }
}
