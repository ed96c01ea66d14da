import type { NextRequest } from 'next/server'

import { negotiateLocale } from '@/lib/i18n/negotiate'
import { homeHref } from '@/lib/site/routes'

/**
 * `/` sends each visitor to the best of our languages for their browser. The Location is relative:
 * behind a proxy, Next's idea of the request URL (localhost) is not the address the visitor used.
 */
export function GET(request: NextRequest): Response {
  const locale = negotiateLocale(request.headers.get('accept-language'))
  return new Response(null, { status: 307, headers: { Location: homeHref(locale), Vary: 'Accept-Language' } })
}
