/**
 * Preview of a draft on the real site page: the admin's "Preview" button opens `/preview?…`, which
 * checks that a member of staff is logged in, turns on Next's draft mode for them and sends them to
 * the document's page in the chosen language. The site's pages read the latest draft while draft
 * mode is on (their read layer's job).
 */
import type { CollectionSlug, GeneratePreviewURL, Payload } from 'payload'

import { isStaff, type AccessUser } from '../../access/roles'
import { isLocale, type LocaleCode } from '../i18n/locales'

/**
 * The site's section of each collection with pages. Mirrors `sectionOf` of the site's routes
 * module (lib/routes.ts on the site branch): use its `hrefFor` here once both are merged.
 */
const sectionOf = {
  'press-releases': 'news',
  events: 'events',
  'health-programmes': 'programmes',
  offices: 'offices',
  pages: '',
} as const

export type PreviewCollection = keyof typeof sectionOf

const isPreviewCollection = (value: unknown): value is PreviewCollection =>
  typeof value === 'string' && value in sectionOf

/** The admin's preview link for a collection (`admin.preview`). */
export const previewLink =
  (collection: PreviewCollection): GeneratePreviewURL =>
  (doc, { locale }) =>
    doc.id === undefined ? null : `/preview?${new URLSearchParams({ collection, id: String(doc.id), locale })}`

export type PreviewResolution = { ok: true; path: string } | { ok: false; status: number; message: string }

type Doc = { slug?: string | null; sourceLocale?: string | null; breadcrumbs?: { url?: string | null }[] | null }

function pathOf(collection: PreviewCollection, doc: Doc, locale: LocaleCode): string | undefined {
  if (collection === 'pages') {
    const url = doc.breadcrumbs?.at(-1)?.url
    return url ? `/${locale}/${url.replace(/^\/+/, '')}` : undefined
  }
  return doc.slug ? `/${locale}/${sectionOf[collection]}/${doc.slug}` : undefined
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
      collection: collection as CollectionSlug,
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
