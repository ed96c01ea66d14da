import { revalidateTag } from 'next/cache'

import { isSiteCacheToken, parseTags, SITE_CACHE_HEADER } from '@/lib/content/siteCache'

/** Expires site cache tags on behalf of work done outside a request (scheduled publishing). */
export async function POST(request: Request): Promise<Response> {
  // The token signs this very body (and its time): read it as sent, then parse it.
  const body = await request.text().catch(() => '')
  if (!isSiteCacheToken(request.headers.get(SITE_CACHE_HEADER), body)) return new Response('Forbidden', { status: 403 })
  const tags = parseTags(parseJson(body))
  if (!tags) return new Response('Expected {"tags": [...]} with the site’s cache tags', { status: 400 })
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return new Response(null, { status: 204 })
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
