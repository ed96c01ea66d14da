/**
 * Payload's own REST and GraphQL route handlers (what app/(payload)/api serves), called in-process
 * with real `Request`s: logins, cookies and access checks run exactly as over HTTP.
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
const graphql = GRAPHQL_POST(config)

export type Method = keyof typeof handlers

export interface ApiResponse<T = Record<string, unknown>> {
  status: number
  body: T
  text: string
  headers: Headers
}

export interface CallOptions {
  token?: string
  json?: unknown
  /** A raw body (an XLIFF file). */
  text?: string
}

async function read<T>(response: Response): Promise<ApiResponse<T>> {
  const text = await response.text()
  let body: unknown = {}
  try {
    body = JSON.parse(text)
  } catch {
    body = {}
  }
  return { status: response.status, body: body as T, text, headers: response.headers }
}

function headersFor({ token, json, text }: CallOptions): Headers {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (json !== undefined) headers.set('Content-Type', 'application/json')
  if (text !== undefined) headers.set('Content-Type', 'application/xliff+xml')
  return headers
}

/** `api('PATCH', '/press-releases/3?locale=es', { token, json })` */
export async function api<T = Record<string, unknown>>(method: Method, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
  const url = new URL(`http://localhost/api${path}`)
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.text
  const request = new Request(url, { method, headers: headersFor(options), body })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return read<T>(await handlers[method](request, { params: Promise.resolve({ slug }) }))
}

export async function graphQL<T = Record<string, unknown>>(query: string, token?: string): Promise<ApiResponse<T>> {
  const request = new Request('http://localhost/api/graphql', { method: 'POST', headers: headersFor({ token, json: {} }), body: JSON.stringify({ query }) })
  return read<T>(await graphql(request))
}

/** A real login through POST /api/users/login; the token it answers with. */
export async function login(email: string, password: string): Promise<string> {
  const response = await api<{ token?: string; errors?: unknown }>('POST', '/users/login', { json: { email, password } })
  if (response.status !== 200 || !response.body.token) throw new Error(`Login of ${email} failed (${response.status}): ${response.text}`)
  return response.body.token
}
