/** Reading a page's HTML for what a browser downloads with it (bench:weight). */

/** The scripts a page loads, and apart those only browsers without ES modules load. */
export function scriptsOf(html: string): { modern: string[]; legacy: string[] } {
  const modern = new Set<string>()
  const legacy = new Set<string>()
  for (const [tag, src] of html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g))
    (/\snomodule[\s=>]/i.test(tag) ? legacy : modern).add(src)
  return { modern: [...modern], legacy: [...legacy] }
}
