/**
 * Payload's REST and GraphQL route handlers called in-process with real `Request`s: the same code
 * path as HTTP (auth header, query parsing, access, error responses) without starting a server.
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}
const graphql = GRAPHQL_POST(config)

export interface RestResponse {
  status: number
  body: unknown
  text: string
  headers: Headers
}

export interface RestOptions {
  token?: string
  body?: unknown
  /** A multipart form (uploads) instead of a JSON body. */
  form?: FormData
  /** The language chosen for the admin, sent as the admin's browser does (Payload's `payload-lng` cookie). */
  language?: string
  /** The client's address as the nearest proxy reports it (X-Forwarded-For), for the login throttle. */
  clientAddress?: string
}

function headersFor(options: RestOptions): Headers {
  const headers = new Headers()
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  if (options.language) headers.set('Cookie', `payload-lng=${options.language}`)
  if (options.clientAddress) headers.set('X-Forwarded-For', options.clientAddress)
  return headers
}

async function read(response: Response): Promise<RestResponse> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, text, headers: response.headers }
}

/** `rest('GET', 'press-releases?locale=fr')` — the path after /api/. */
export async function rest(
  method: keyof typeof handlers,
  path: string,
  options: RestOptions = {},
): Promise<RestResponse> {
  const url = new URL(`http://127.0.0.1/api/${path}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const request = new Request(url, {
    method,
    headers: headersFor(options),
    body:
      options.form ??
      (options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body)),
  })
  return read(await handlers[method](request, { params: Promise.resolve({ slug }) }))
}

export async function graphQL(
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<RestResponse> {
  const request = new Request('http://127.0.0.1/api/graphql', {
    method: 'POST',
    headers: headersFor({ token: options.token, body: {} }),
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  })
  return read(await graphql(request))
}

/** Logs in through REST and returns the token, as the admin does. */
export async function login(email: string, password: string): Promise<string> {
  const response = await rest('POST', 'users/login', { body: { email, password } })
  const token = (response.body as { token?: string }).token
  if (response.status !== 200 || !token)
    throw new Error(`Login of ${email} failed: ${response.status} ${response.text.slice(0, 200)}`)
  return token
}
