import { cached } from './cache'
import { previewViewer } from './previewViewer'
import { visitor, type Viewer } from './viewer'

/** A document's lookup by its address (lib/content/documents.ts). */
type FoundOrNot = { lookup: { status: 'found' | 'moved' | 'not-found' } }

/** An address with nothing at it is not kept (robots try endless ones); a found or moved document is. */
const isThere = (result: FoundOrNot): boolean => result.lookup.status !== 'not-found'

/**
 * `cached` for the reads of a document's own page, which staff may preview. Visitors get the cached
 * published read, exactly as `cached` gives it; a previewing member of staff gets the latest drafts,
 * read outside Next's data cache, so no draft is ever stored where a visitor's request could find it.
 * (Kept apart from cache.ts, which the collections' hooks import: this one reaches Payload's config.)
 */
export function cachedUnlessPreviewing<Args extends readonly unknown[], Result extends FoundOrNot>(
  read: (viewer: Viewer, ...args: Args) => Promise<Result>,
  key: string,
  tags: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  const forVisitors = cached((...args: Args) => read(visitor, ...args), key, tags, undefined, isThere)
  return async (...args: Args) => {
    const previewer = await previewViewer()
    return previewer ? read(previewer, ...args) : forVisitors(...args)
  }
}
