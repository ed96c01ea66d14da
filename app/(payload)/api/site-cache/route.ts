import { revalidateTag } from 'next/cache'

import { isSiteCacheToken, parseTags, SITE_CACHE_HEADER } from '@/lib/content/siteCache'

/** Expires site cache tags on behalf of work done outside a request (scheduled publishing). */
export async function POST(request: Request): Promise<Response> {
  if (!isSiteCacheToken(request.headers.get(SITE_CACHE_HEADER))) return new Response('Forbidden', { status: 403 })
  const tags = parseTags(await request.json().catch(() => null))
  if (!tags) return new Response('Expected {"tags": [...]} with the site’s cache tags', { status: 400 })
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return new Response(null, { status: 204 })
}
