/**
 * Whether this server process may serve requests, as decided once at its start (instrumentation.ts),
 * enforced by the process's HTTP server itself, before Next sees a request:
 *
 * - while the start is being decided, requests wait (as Next made them wait for instrumentation),
 *   and they keep waiting while the server expires the site cache it found (pages rendered by the
 *   build against a throwaway database, or by an earlier run): that request to itself
 *   (SITE_CACHE_PATH) is the only one let through;
 * - when the database cannot be used, every request — site pages, the admin and the API alike —
 *   answers 503 at once, instead of each page, admin view and API call failing or waiting on its
 *   own, or a page cached by the build (against a throwaway database) or an earlier run being served;
 * - once the server is ready nothing is in the way: a guard in proxy.ts cost every cached page the
 *   proxy's run (measured: 0.7 ms of the 2.1 ms of server CPU a cached press release took).
 *
 * State is kept on `globalThis` under registered symbols: Next loads instrumentation and the routes
 * as separate bundles, each with its own copy of this module.
 */
import http from 'node:http'

import { SITE_CACHE_PATH } from '../content/siteCacheAddress'

type Emit = http.Server['emit']
type Held = { server: http.Server; request: http.IncomingMessage; response: http.ServerResponse }

const STATE = Symbol.for('passerelle.server.readiness')
type State = { notReady?: string; starting: boolean; held: Held[]; originalEmit?: Emit }
const holder = globalThis as { [STATE]?: State }
const state = (): State => (holder[STATE] ??= { starting: false, held: [] })

/** Why the server cannot serve (one line, for the log), or undefined when it can. */
export function serverNotReadyReason(): string | undefined {
  return state().notReady
}

/** What visitors, editors and API clients get meanwhile: no file paths, the log has the details. */
export const UNAVAILABLE_TEXT = [
  'This site is unavailable for a moment: its database needs an administrator (see the server log).',
  'Ce site est momentanément indisponible : sa base de données demande l’intervention d’un administrateur.',
  'Este sitio no está disponible por el momento: su base de datos requiere la intervención de un administrador.',
  'هذا الموقع غير متاح مؤقتًا: قاعدة بياناته تحتاج إلى تدخل أحد المسؤولين.',
].join('\n')

function answerUnavailable(response: http.ServerResponse): void {
  if (response.headersSent || response.writableEnded) return
  response.writeHead(503, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Retry-After': '60',
    'Cache-Control': 'no-store',
  })
  response.end(`${UNAVAILABLE_TEXT}\n`)
}

/** Puts the guard in front of Next's request handler (once); it holds or refuses requests as the state says. */
function installGuard(s: State): void {
  if (s.originalEmit) return
  const original = http.Server.prototype.emit
  s.originalEmit = original
  http.Server.prototype.emit = function emit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request' && (s.starting || s.notReady)) {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
      if (request.method === 'POST' && request.url === SITE_CACHE_PATH)
        return Reflect.apply(original, this, [event, ...args]) as boolean
      if (s.notReady) answerUnavailable(response)
      else s.held.push({ server: this, request, response })
      return true
    }
    return Reflect.apply(original, this, [event, ...args]) as boolean
  } as Emit
}

/** From the start of instrumentation: requests wait for the verdict (markServerReady / markServerNotReady). */
export function holdRequestsWhileStarting(): void {
  const s = state()
  s.starting = true
  installGuard(s)
}

export function markServerNotReady(reason: string): void {
  const s = state()
  s.notReady = reason
  s.starting = false
  installGuard(s)
  for (const { response } of s.held.splice(0)) answerUnavailable(response)
}

export function markServerReady(): void {
  const s = state()
  delete s.notReady
  s.starting = false
  const original = s.originalEmit
  if (!original) return
  http.Server.prototype.emit = original
  delete s.originalEmit
  for (const { server, request, response } of s.held.splice(0))
    Reflect.apply(original, server, ['request', request, response])
}
