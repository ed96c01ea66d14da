/**
 * Preview of a draft on the real site page: the admin's "Preview" button and Live Preview panel open
 * `/preview?…` (adminLinks.ts), which checks that a member of staff is logged in, turns on Next's
 * draft mode for them and sends them to the document's page in the chosen language. While draft mode
 * is on, the pages read the latest draft for that user (lib/content/previewable.ts).
 */
import type { Payload } from 'payload'

import { isStaff, type AccessUser } from '../../access/roles'
import { isLocale, type LocaleCode } from '../i18n/locales'
import { routedCollections, type RoutedCollection } from '../../collections/registry'
import { hrefFor } from '../site/routes'

const isPreviewCollection = (value: unknown): value is RoutedCollection =>
  typeof value === 'string' && (routedCollections as readonly string[]).includes(value)

export type PreviewResolution =
  { ok: true; path: string } | { ok: false; status: 400 | 401 | 403 | 404 | 409; message: string }

type Doc = { slug?: string | null; sourceLocale?: string | null; breadcrumbs?: { url?: string | null }[] | null }

function pathOf(collection: RoutedCollection, doc: Doc, locale: LocaleCode): string | undefined {
  const key = collection === 'pages' ? doc.breadcrumbs?.at(-1)?.url : doc.slug
  return key ? hrefFor(collection, key, locale) : undefined
}

export async function resolvePreview(
  payload: Payload,
  headers: Headers,
  params: URLSearchParams,
): Promise<PreviewResolution> {
  const { user } = await payload.auth({ headers })
  if (!user) return { ok: false, status: 401, message: 'Log in to the admin to preview drafts.' }
  if (!isStaff(user as unknown as AccessUser))
    return { ok: false, status: 403, message: 'Only editors and translators preview drafts.' }
  const collection = params.get('collection')
  const id = params.get('id')
  const locale = params.get('locale')
  if (!isPreviewCollection(collection) || !id || !isLocale(locale))
    return { ok: false, status: 400, message: 'Give a collection with pages, a document id and a language.' }
  const read = (readLocale: LocaleCode) =>
    payload.findByID({
      collection,
      id,
      locale: readLocale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
      disableErrors: true,
    }) as Promise<Doc | null>
  const here = await read(locale)
  if (!here) return { ok: false, status: 404, message: `There is no ${collection} document ${id}.` }
  // Not yet translated: the page shows the source text, reached by its own slug (the site redirects or falls back).
  const source = !pathOf(collection, here, locale) && isLocale(here.sourceLocale) ? await read(here.sourceLocale) : here
  const path = source ? pathOf(collection, source, locale) : undefined
  if (!path)
    return {
      ok: false,
      status: 409,
      message: 'This document has no web address yet: give it a title and save it first.',
    }
  return { ok: true, path }
}
