/**
 * Headers of every response that turns draft mode on or off: they set a cookie for one person and
 * must never be kept by a browser cache, a CDN or a proxy. (Pages rendered in draft mode get
 * `private, no-cache, no-store` from Next itself.)
 */
export const PREVIEW_HEADERS = { 'Cache-Control': 'private, no-store' } as const

/** Where the preview bar's "Leave preview" goes: draft mode off, then `path` (app/(payload)/preview/exit). */
export function exitPreviewHref(path: string): string {
  return `/preview/exit?${new URLSearchParams({ path })}`
}
