/**
 * The shape of a request to /api, checked before Payload reads it: what Payload cannot parse ended
 * as a 500 (a body of `null`, text or a form instead of JSON, a NUL in the address, a repeated
 * `limit`), and what it can parse may cost far more than it is worth (a 10 MB body held the server
 * for minutes, a JSON nested 10,000 levels deep never finished). Each answers 400, 413 or 415 with a
 * message in Payload's error format instead.
 */
import { MAX_UPLOAD_BYTES } from '../../payload.config'

/** A JSON body: ten times the longest rich text we accept (see lib/validation/richTextLimits.ts). */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024
/** A form with a file: the largest file and the form around it. */
const MAX_MULTIPART_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024
/** Nesting of a JSON body: the deepest document (rich text in a list in a group) is far below. */
export const MAX_JSON_DEPTH = 64

/** Query parameters Payload reads as one value; a repeated one became a list it could not use. */
const SINGLE_PARAMS = ['limit', 'page', 'depth', 'locale', 'fallback-locale', 'draft', 'pagination', 'sort', 'autosave']

type Handler<C> = (request: Request, context: C) => Promise<Response>
/** A route's own check of a parsed JSON body: a message when it must be refused. */
export type Inspect = (body: Record<string, unknown>) => string | undefined

function refusal(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it. */
export function jsonDepth(text: string, stopAbove: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \ */) i++
      else if (c === 34 /* " */) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91 /* { [ */) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > stopAbove) return deepest
    } else if (c === 125 || c === 93 /* } ] */) depth--
  }
  return deepest
}

/** Reads the body up to `max` bytes; undefined when it is longer. */
async function readCapped(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** What is wrong with a JSON body (or a form's `_payload`), or undefined. */
function jsonProblem(text: string, inspect?: Inspect): string | undefined {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return `This JSON is nested more than ${MAX_JSON_DEPTH} levels deep.`
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return 'The request body is not valid JSON.'
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return 'The request body must be a JSON object.'
  return inspect?.(parsed as Record<string, unknown>)
}

/** SQLite's ids are whole numbers (MongoDB's are hexadecimal and may start with a digit). */
const NUMERIC_IDS = !(process.env.DATABASE_URI ?? '').startsWith('mongodb')

/**
 * The document id in `/api/<collection>/<id>…` or `/api/<collection>/versions/<id>`: Payload parses it
 * leniently (`1 OR 1=1` updated and deleted document 1).
 */
function documentIdSegment(path: string): string | undefined {
  const [api, collection, second, third] = path.split('/').filter(Boolean)
  if (api !== 'api' || !collection || collection === 'globals' || collection === 'graphql') return undefined
  return second === 'versions' ? third : second
}

function addressProblem(url: URL): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return 'This address has an invalid percent-encoding.'
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'This address contains control characters.'
  // Payload reads `/api/press-releases/2;x` as document 2 (its id parser stops at the first non-digit).
  if (path.includes(';')) return 'An API address has no ";" parameters.'
  const id = documentIdSegment(path)
  if (id !== undefined && NUMERIC_IDS && /^\d/.test(id) && !/^\d+$/.test(id))
    return `"${id.slice(0, 40)}" is not a document id.`
  for (const [key, value] of url.searchParams)
    if (/[\u0000-\u001f\u007f]/.test(key + value)) return 'This query string contains control characters.'
  for (const name of SINGLE_PARAMS) if (url.searchParams.getAll(name).length > 1) return `"${name}" may be given once.`
  for (const name of ['where', 'data']) {
    const value = url.searchParams.get(name)
    if (value === null) continue
    try {
      JSON.parse(value)
    } catch {
      return `"${name}" given as one parameter must be JSON, e.g. ${name}={"title":{"equals":"…"}}.`
    }
  }
  return undefined
}

/**
 * A multipart form Payload can read: it parses, and its `_payload` (the document's fields) is a
 * JSON object like a JSON body. Payload's own parser answered 500 to a form without its boundary.
 */
async function formProblem(request: Request, body: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  let form: FormData
  try {
    form = await new Request(request.url, { method: 'POST', headers: request.headers, body }).formData()
  } catch {
    return 'This multipart form cannot be read (its boundary or parts are malformed).'
  }
  const fields = form.get('_payload')
  if (fields === null) return undefined
  if (typeof fields !== 'string') return 'The form part "_payload" must be text: the document\'s fields as JSON.'
  return jsonProblem(fields)
}

/** A read sent as a POST with its query string as the body (Payload's method override). */
const isQueryAsPost = (request: Request): boolean =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET')

/** A body's problem, or the body to hand on (read once here). */
async function bodyProblem(
  request: Request,
  inspect?: Inspect,
): Promise<{ problem: Response } | { body: Uint8Array<ArrayBuffer> | undefined }> {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return { body: undefined }
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const multipart = type === 'multipart/form-data'
  const max = multipart ? MAX_MULTIPART_BODY_BYTES : MAX_JSON_BODY_BYTES
  const length = Number(request.headers.get('content-length') ?? '0')
  const tooLarge = () =>
    refusal(413, `This request body is too large: at most ${Math.round(max / 1024 / 1024)} MB is accepted.`)
  if (length > max) return { problem: tooLarge() }
  const body = await readCapped(request, max)
  if (!body) return { problem: tooLarge() }
  if (body.byteLength === 0) return { body }
  if (multipart) {
    const problem = await formProblem(request, body)
    return problem ? { problem: refusal(400, problem) } : { body }
  }
  if (type === 'application/x-www-form-urlencoded' && isQueryAsPost(request)) {
    // The admin's relationship fields send long queries this way: checked as the address's query is.
    const url = new URL(request.url)
    url.search = new TextDecoder().decode(body)
    const problem = addressProblem(url)
    return problem ? { problem: refusal(400, problem) } : { body }
  }
  if (type !== 'application/json')
    return {
      problem: refusal(
        415,
        `Send the body as JSON (Content-Type: application/json), or a file as multipart/form-data.`,
      ),
    }
  const text = new TextDecoder().decode(body)
  const problem = jsonProblem(text, inspect)
  return problem ? { problem: refusal(400, problem) } : { body }
}

/** Wraps a Payload route handler (REST or GraphQL) with the checks above. */
export function guarded<C>(handler: Handler<C>, inspect?: Inspect): Handler<C> {
  return async (request, context) => {
    const address = addressProblem(new URL(request.url))
    if (address) return refusal(400, address)
    const checked = await bodyProblem(request, inspect)
    if ('problem' in checked) return checked.problem
    if (checked.body === undefined) return handler(request, context)
    const copy = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: checked.body.byteLength > 0 ? checked.body : undefined,
    })
    return handler(copy, context)
  }
}
