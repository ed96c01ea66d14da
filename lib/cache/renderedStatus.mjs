/**
 * A page that renders the localized 404 itself (components/layout/serverRendered404.tsx: Next's own
 * `notFound()` answers an empty document drawn by script, vercel/next.js#62228) says so in its HTML
 * with `data-http-status="404"`: it is answered with status 404 (set on the value Next is about to store
 * and answers from, so the first visitor gets the 404 too), and kept only if it is the `_404` page.
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

/**
 * The key of the `_404` page of a language (proxy.ts rewrites the addresses in no language to it).
 * Next 16 keys a page as `/route-cache/APP_PAGE/<hash>/$/en/_404`: the address is at its end.
 */
const NOT_FOUND_PAGE = /\/[a-z]{2}\/_404$/

/**
 * `Handler` (a Next cache handler class) answering a page with the status its HTML says. A 404 is not
 * stored, but for the `_404` page itself: addresses with nothing at them have no end (robots try
 * thousands), and each would be a file on disk and an entry pushing real pages out of memory. Its
 * status still reaches the visitor: Next answers from the value given here.
 */
export function withRenderedStatus(Handler) {
  return class WithRenderedStatus extends Handler {
    async set(key, data, ctx) {
      applyRenderedStatus(data)
      if (data?.kind === 'APP_PAGE' && data.status === 404 && !NOT_FOUND_PAGE.test(key)) return
      return super.set(key, data, ctx)
    }
  }
}
