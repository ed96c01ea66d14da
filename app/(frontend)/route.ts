import { type NextRequest, NextResponse } from 'next/server'

import { negotiateLocale } from '@/lib/i18n/negotiate'

/** `/` sends each visitor to the best of our languages for their browser. */
export function GET(request: NextRequest): NextResponse {
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}
