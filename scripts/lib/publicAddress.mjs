// The site's public address (NEXT_PUBLIC_SERVER_URL), checked before a production server starts:
// canonical and alternate links, feeds, the sitemap, robots.txt and calendar entries are built
// from it, and without it they would name http://localhost:3000.

const FIX =
  'set NEXT_PUBLIC_SERVER_URL to the address visitors use (e.g. https://www.example.org) in the environment or in .env, then start again.'

/**
 * Why `value` cannot be the public address (one line naming the cause and the fix), or undefined.
 * @param {string | undefined} value
 * @returns {string | undefined}
 */
export function publicAddressProblem(value) {
  const address = value?.trim()
  if (!address)
    return `NEXT_PUBLIC_SERVER_URL is not set: the site's links, feeds and sitemap need its public address; ${FIX}`
  let url
  try {
    url = new URL(address)
  } catch {
    url = undefined
  }
  if (
    !url ||
    !['http:', 'https:'].includes(url.protocol) ||
    url.pathname !== '/' ||
    url.search ||
    url.hash ||
    url.username
  )
    return `NEXT_PUBLIC_SERVER_URL (${address}) is not an address of the form https://host[:port]; ${FIX}`
  return undefined
}
