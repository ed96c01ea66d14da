import { unstable_cache } from 'next/cache'
import { cache } from 'react'

/**
 * A read function cached in Next's data cache under `key`, expired by `tags` (see tags.ts).
 *
 * `unstable_cache` rather than `'use cache'`: the latter needs `cacheComponents`, which Payload's
 * admin in the same app supports only partly (payloadcms/payload#16020, #18065). Outside a Next
 * request (seed script, jest) there is no cache to use: the function then just runs.
 */
export function cached<Args extends readonly unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
  key: string,
  tags: (...args: Args) => string[],
  /** For data that changes with time rather than with an edit: re-read at least this often. */
  revalidateSeconds?: number,
  /**
   * Whether a result is worth keeping (default: all). A document looked up at an address with nothing
   * at it is not: robots try endless addresses, and each would be an entry, and a file on disk.
   */
  keep?: (result: Result) => boolean,
): (...args: Args) => Promise<Result> {
  // One read per request for the same arguments: a page's metadata and its body ask for the same
  // data at once, and the data cache does not join a second miss to the first (the news list was
  // read twice after each publish). React's cache is the request's; outside a render it keeps nothing.
  const pendingInRequest = cache(() => new Map<string, Promise<Result>>())
  return (...args: Args) => {
    const argsKey = JSON.stringify(args)
    const pending = pendingInRequest()
    const known = pending.get(argsKey)
    if (known) return known
    const reading = readThroughDataCache(args, argsKey)
    pending.set(argsKey, reading)
    return reading
  }

  async function readThroughDataCache(args: Args, argsKey: string): Promise<Result> {
    const wrapped = unstable_cache(
      async () => {
        const result = await read(...args)
        // Next keeps what the function returns, never what it throws.
        if (keep && !keep(result)) throw new NotKept(result)
        return result
      },
      [process.env.SITE_BUILD_ID ?? 'dev', key, argsKey],
      { tags: tags(...args), revalidate: revalidateSeconds ?? false },
    )
    try {
      return await wrapped()
    } catch (error) {
      if (error instanceof NotKept) return error.result as Result
      if (isOutsideNext(error)) return read(...args)
      throw error
    }
  }
}

/** A result read but not to be kept in the cache, carried out of it. */
class NotKept extends Error {
  constructor(readonly result: unknown) {
    super('A read not to be kept in the data cache')
  }
}

/** Next's own message when a cache or revalidation function runs outside a request it handles. */
export function isOutsideNext(error: unknown): boolean {
  return error instanceof Error && /^Invariant: (incrementalCache|static generation store) missing/.test(error.message)
}

/**
 * Next refusing `revalidateTag` where it is: outside any request, or inside a page's render. The
 * second is where Payload's job runner lands: its timer was started during the render that first
 * loaded Payload (often an admin page), and every scheduled run inherits that render's context.
 */
export function cannotRevalidateHere(error: unknown): boolean {
  return isOutsideNext(error) || (error instanceof Error && /can't be called during render/.test(error.message))
}
