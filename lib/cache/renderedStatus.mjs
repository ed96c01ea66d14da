/**
 * A page that renders the localized 404 itself (components/layout/serverRendered404.tsx: Next's own
 * `notFound()` answers an empty document drawn by script, vercel/next.js#62228) says so in its HTML
 * with `data-http-status="404"`: it is stored, and so answered, with status 404. Next sends a page it
 * renders from the value it stores, so the first visitor gets the 404 too.
 *
 * Read in the HTML stored, after the client runtime's scripts are gone (withoutClientRuntime.mjs): the
 * scripts carry the page's data, where the same words could stand in an article's text.
 *
 * A plain .mjs file, like the cache handlers it wraps: Next loads them at run time, outside its bundles.
 */

/** The mark, as React writes the attribute; tests/unit/renderedStatus.test.ts checks the component's. */
export const NOT_FOUND_MARK = 'data-http-status="404"'

/** A whole page (Next's kind `APP_PAGE`) answered 200 whose HTML is the 404's: status 404, in place. */
export function applyRenderedStatus(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || (value.status ?? 200) !== 200) return
  if (value.html.includes(NOT_FOUND_MARK)) value.status = 404
}

/** `Handler` (a Next cache handler class) storing a page with the status its HTML says. */
export function withRenderedStatus(Handler) {
  return class WithRenderedStatus extends Handler {
    async set(key, data, ctx) {
      applyRenderedStatus(data)
      return super.set(key, data, ctx)
    }
  }
}
