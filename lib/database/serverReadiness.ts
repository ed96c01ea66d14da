/**
 * Whether this server process may serve requests, as decided once at its start (instrumentation.ts)
 * and read by the proxy on every request (proxy.ts), which answers 503 while it may not.
 *
 * Kept on `globalThis` under a registered symbol: Next loads instrumentation and the proxy as
 * separate bundles, each with its own copy of this module, in the one server process.
 */
const KEY = Symbol.for('passerelle.server.notReady')

type Holder = { [KEY]?: string }

/** Why the server cannot serve (one line, for the log), or undefined when it can. */
export function serverNotReadyReason(): string | undefined {
  return (globalThis as Holder)[KEY]
}

export function markServerNotReady(reason: string): void {
  ;(globalThis as Holder)[KEY] = reason
}

export function markServerReady(): void {
  delete (globalThis as Holder)[KEY]
}

/** What visitors, editors and API clients get meanwhile: no file paths, the log has the details. */
export const UNAVAILABLE_TEXT = [
  'This site is unavailable for a moment: its database needs an administrator (see the server log).',
  'Ce site est momentanément indisponible : sa base de données demande l’intervention d’un administrateur.',
  'Este sitio no está disponible por el momento: su base de datos requiere la intervención de un administrador.',
  'هذا الموقع غير متاح مؤقتًا: قاعدة بياناته تحتاج إلى تدخل أحد المسؤولين.',
].join('\n')
