/**
 * The admin's two ways into a preview, both through `/preview` (app/(payload)/preview/route.ts), which
 * checks the login, turns draft mode on and sends the browser to the document's page:
 * - the "Preview" button (`admin.preview`), a new tab;
 * - the Live Preview panel (`admin.livePreview`), the same page in an iframe beside the form, at a
 *   phone's, a tablet's or a desktop's width, refreshed on every save and autosave
 *   (components/preview/RefreshOnSave.tsx).
 */
import type { CollectionConfig, GeneratePreviewURL } from 'payload'

import type { RoutedCollection } from '../site/routes'

/** The address that previews document `id` of `collection` in `locale`. */
export function previewPath(collection: RoutedCollection, id: number | string, locale: string): string {
  return `/preview?${new URLSearchParams({ collection, id: String(id), locale })}`
}

/** `admin.preview` of a collection with pages. */
export const previewLink =
  (collection: RoutedCollection): GeneratePreviewURL =>
  (doc, { locale }) =>
    doc.id === undefined || doc.id === null ? null : previewPath(collection, String(doc.id), locale)

/** The widths editors check a page at (the "Responsive" one, resizable, is Payload's own). */
export const previewBreakpoints = [
  { name: 'phone', label: 'Phone', width: 375, height: 667 },
  { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
  { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
]

type LivePreview = NonNullable<NonNullable<CollectionConfig['admin']>['livePreview']>

/**
 * `admin.livePreview` of a collection with pages. The address is absolute: Payload posts its save
 * events to the iframe with that address as the target origin. It is the admin's own origin (the
 * configured server URL, else the host the admin was reached by), so the login cookie goes along.
 */
export const livePreview = (collection: RoutedCollection): LivePreview => ({
  breakpoints: previewBreakpoints,
  url: ({ data, locale, req }) =>
    data?.id === undefined || data?.id === null
      ? null
      : new URL(previewPath(collection, String(data.id), locale.code), req.origin).href,
})

/** A document's edit view in the admin, in the language previewed; the admin's dashboard without one. */
export function adminHref(locale: string, document?: { collection: RoutedCollection; id: number | string }): string {
  if (!document) return '/admin'
  return `/admin/collections/${document.collection}/${encodeURIComponent(String(document.id))}?${new URLSearchParams({ locale })}`
}
