/**
 * The site's public pages are Server Components that hydrate nothing: no client component is ever
 * rendered on them (tests/unit/clientComponents.test.ts keeps it so). Next still sends each one with
 * React's page data (the whole page again, as `self.__next_f` scripts) and the scripts of its client
 * runtime. For the news list that is 41 KB of a 60 KB page, plus about 150 KB of JavaScript that a
 * phone downloads, parses and runs to attach nothing; every cached request spends its CPU writing,
 * hashing (ETag) and measuring those bytes (issue 11: the page-size-bound share of a cached request).
 *
 * So a page stored in the cache is stored without them: plain HTML with its styles, links and forms,
 * JSON-LD kept. Only whole-page entries change (Next's `APP_PAGE`: the cached public pages; an editor's
 * preview is rendered per request and never stored, so Live Preview keeps its scripts), and only their
 * HTML: a request for the page's data (`RSC: 1`) still gets it. Next stores a page it renders before
 * sending it, from the same value: the first visitor after an expiry gets it without scripts too.
 *
 * A plain .mjs file, like the cache handlers it wraps: Next loads them at run time, outside its bundles.
 */

/** Every `<script>` except structured data (`application/ld+json`). React escapes `</` inside its data. */
const SCRIPT = /<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g
/** The hints that fetch those scripts early. */
const SCRIPT_HINT = /<link\b(?=[^>]*\b(?:as="script"|rel="modulepreload"))[^>]*>/g
/** Present in every page Next renders with its runtime; absent once removed. */
const RUNTIME_MARK = 'self.__next_f'

/** `html` without the client runtime's scripts and their hints; unchanged when it has none. */
export function stripClientRuntime(html) {
  if (!html.includes(RUNTIME_MARK)) return html
  return html.replace(SCRIPT, '').replace(SCRIPT_HINT, '')
}

/** Next's bare error document: the page of a `notFound()` thrown while rendering, drawn by its scripts only. */
const DRAWN_BY_SCRIPT = 'id="__next_error__"'

/**
 * A whole page (Next's kind `APP_PAGE`, its HTML as a string) answered 200, stripped in place. A 404
 * or a redirect keeps what it has: a render-time 404's HTML is an empty document that its scripts draw.
 * Runs on every cached request: a page stripped already is told by one scan for the runtime's mark.
 */
function stripPage(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || (value.status ?? 200) !== 200) return
  const { html } = value
  if (!html.includes(RUNTIME_MARK) || html.includes(DRAWN_BY_SCRIPT)) return
  value.html = stripClientRuntime(html)
}

/**
 * `Handler` (a Next cache handler class) storing pages without the client runtime, and serving
 * those stored before (by an older server, or prerendered by `next build`) without it too.
 */
export function withoutClientRuntime(Handler) {
  return class WithoutClientRuntime extends Handler {
    async set(key, data, ctx) {
      stripPage(data)
      return super.set(key, data, ctx)
    }

    async get(key, ctx) {
      const entry = await super.get(key, ctx)
      stripPage(entry?.value)
      return entry
    }
  }
}
