/**
 * Who a read is for. Visitors see published documents only, and what they see is cached; a member of
 * staff previewing (draft mode, see lib/preview) sees the latest drafts their access allows, read
 * fresh every time and never cached.
 */
import type { TypedUser } from 'payload'

export type Viewer = { preview: false } | { preview: true; user: TypedUser }

export const visitor: Viewer = { preview: false }

/** The Local API options that make a read show what `viewer` may see: access is always enforced. */
export function readOptions(viewer: Viewer): { draft: boolean; overrideAccess: false; user?: TypedUser } {
  return viewer.preview
    ? { draft: true, overrideAccess: false, user: viewer.user }
    : { draft: false, overrideAccess: false }
}
