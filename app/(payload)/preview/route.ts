/* The admin's "Preview" button and Live Preview panel: draft mode on for logged-in staff, then the document's page (lib/preview). */
import config from '@payload-config'
import { draftMode } from 'next/headers'
import { getPayload } from 'payload'

import { PREVIEW_HEADERS } from '../../../lib/preview/headers'
import { resolvePreview } from '../../../lib/preview/resolvePreview'

export async function GET(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const url = new URL(request.url)
  const resolution = await resolvePreview(payload, request.headers, url.searchParams)
  if (!resolution.ok && resolution.status === 401) {
    // Not logged in (or the login expired): the admin's login, which comes back here afterwards.
    const login = `${payload.config.routes.admin}/login?${new URLSearchParams({ redirect: `${url.pathname}${url.search}` })}`
    return new Response(resolution.message, { status: 307, headers: { ...PREVIEW_HEADERS, Location: login } })
  }
  if (!resolution.ok)
    return new Response(resolution.message, {
      status: resolution.status,
      headers: { ...PREVIEW_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    })
  ;(await draftMode()).enable()
  // A relative Location keeps the visitor on the host they came by (a proxy may hide it from request.url).
  return new Response(null, { status: 307, headers: { ...PREVIEW_HEADERS, Location: resolution.path } })
}
