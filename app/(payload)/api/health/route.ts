import { checkHealth } from '@/lib/database/health'

export const dynamic = 'force-dynamic'

/** 200 when the server can serve (its database answers), 503 otherwise; never cached. */
export async function GET(): Promise<Response> {
  const health = await checkHealth()
  return Response.json(health.ready ? { status: 'ok' } : { status: 'unavailable', reason: health.reason }, {
    status: health.ready ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
