/* The admin's "Preview" button: draft mode on for logged-in staff, then the document's page (lib/preview). */
import config from '@payload-config'
import { draftMode } from 'next/headers'
import { getPayload } from 'payload'

import { resolvePreview } from '../../../lib/preview/resolvePreview'

export async function GET(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const resolution = await resolvePreview(payload, request.headers, new URL(request.url).searchParams)
  if (!resolution.ok)
    return new Response(resolution.message, {
      status: resolution.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  ;(await draftMode()).enable()
  // A relative Location keeps the visitor on the host they came by (a proxy may hide it from request.url).
  return new Response(null, { status: 307, headers: { Location: resolution.path } })
}
