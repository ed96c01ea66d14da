/* The preview bar's "Leave preview": draft mode off, then the published page it was on (or the home page). */
import { draftMode } from 'next/headers'
import { getSafeRedirect } from 'payload/shared'

import { PREVIEW_HEADERS } from '../../../../lib/preview/headers'

export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = getSafeRedirect({ redirectTo: new URL(request.url).searchParams.get('path') ?? '', fallbackTo: '/' })
  return new Response(null, { status: 307, headers: { ...PREVIEW_HEADERS, Location: path } })
}
