import { cached } from './cache'
import { previewViewer } from './previewViewer'
import { visitor, type Viewer } from './viewer'

/**
 * `cached` for the reads of a document's own page, which staff may preview. Visitors get the cached
 * published read, exactly as `cached` gives it; a previewing member of staff gets the latest drafts,
 * read outside Next's data cache, so no draft is ever stored where a visitor's request could find it.
 * (Kept apart from cache.ts, which the collections' hooks import: this one reaches Payload's config.)
 */
export function cachedUnlessPreviewing<Args extends readonly unknown[], Result>(
  read: (viewer: Viewer, ...args: Args) => Promise<Result>,
  key: string,
  tags: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  const forVisitors = cached((...args: Args) => read(visitor, ...args), key, tags)
  return async (...args: Args) => {
    const previewer = await previewViewer()
    return previewer ? read(previewer, ...args) : forVisitors(...args)
  }
}
