/**
 * Turning a route's raw params into what the read functions accept, or the localized 404 / a
 * redirect: in one place so every route treats bad input the same way (never a 500).
 */
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import type { DocumentLookup } from '../content/documents'
import { redirectTargetOf } from '../content/redirects'
import { getSiteFrame } from '../content/site'
import { isLocale, type LocaleCode } from '../i18n/locales'
import { translator } from '../i18n/server'
import type { ParsedPath } from './listPaths'
import { hrefFor, isSlugLike, localeHrefs, sectionHref, type RoutedCollection, type Section } from './routes'
import { pageMetadata } from './seo'

export function localeParam(value: string): LocaleCode {
  if (!isLocale(value)) notFound()
  return value
}

export function slugParam(value: string): string {
  if (!isSlugLike(value)) notFound()
  return value
}

/**
 * The 404 of an address that has no page — unless it is an old address of a document (its slug
 * changed after publishing) or an editor redirected it: then a permanent redirect to where it leads
 * now (collections/Redirects). Looked up only here, so a redirect never costs a live page anything.
 */
export async function redirectOr404(path: string): Promise<never> {
  const target = await redirectTargetOf(path)
  if (target) permanentRedirect(target)
  notFound()
}

/** The found document, or a permanent redirect to its own slug in this locale or from an old address, or the 404. */
export async function foundOr404<T>(
  lookup: DocumentLookup<T>,
  collection: RoutedCollection,
  locale: LocaleCode,
  slug: string,
): Promise<Extract<DocumentLookup<T>, { status: 'found' }>> {
  if (lookup.status === 'moved') permanentRedirect(hrefFor(collection, lookup.slug, locale))
  if (lookup.status === 'not-found') return redirectOr404(hrefFor(collection, slug, locale))
  return lookup
}

/**
 * For generateMetadata: the locale, or null. Metadata must not throw notFound() — Next then skips
 * the localized not-found page (vercel/next.js#52329) — the page itself answers 404.
 */
export function metadataLocale(value: string): LocaleCode | null {
  return isLocale(value) ? value : null
}

/** For generateMetadata: the found document or null (the page redirects or answers 404). */
export function foundOrNull<T>(lookup: DocumentLookup<T>): Extract<DocumentLookup<T>, { status: 'found' }> | null {
  return lookup.status === 'found' ? lookup : null
}

type DocumentReader<T, R> = (
  locale: LocaleCode,
  slug: string,
) => Promise<{ lookup: DocumentLookup<T>; related: R | null }>
type DocumentParams = Promise<{ locale: string; slug: string }>

/** A detail page's document and related content from its params, or the redirect / 404. */
export async function loadDocument<T, R>(
  params: DocumentParams,
  read: DocumentReader<T, R>,
  collection: RoutedCollection,
) {
  const raw = await params
  const locale = localeParam(raw.locale)
  const slug = slugParam(raw.slug)
  const { lookup, related } = await read(locale, slug)
  const found = await foundOr404(lookup, collection, locale, slug)
  return { locale, found, related: related as R }
}

/** The same for generateMetadata: null instead of a redirect or a 404. */
export async function loadDocumentForMetadata<T, R>(params: DocumentParams, read: DocumentReader<T, R>) {
  const raw = await params
  const locale = metadataLocale(raw.locale)
  if (!locale || !isSlugLike(raw.slug)) return null
  const { lookup, related } = await read(locale, raw.slug)
  const found = foundOrNull(lookup)
  return found && related ? { locale, found, related } : null
}

/** The metadata of a section's list page (news, events…), from its params. */
export async function sectionMetadata(
  params: Promise<{ locale: string }>,
  section: Section,
  options: {
    noIndex?: boolean
    feeds?: (locale: LocaleCode) => Record<string, string>
    /** The page's address in a locale, for a filtered or later page of the list (default: the section's). */
    href?: (locale: LocaleCode) => string
  } = {},
): Promise<Metadata> {
  const locale = metadataLocale((await params).locale)
  if (!locale) return {}
  const t = translator(locale)
  const site = await getSiteFrame(locale)
  const title = t(section === 'search' ? 'search.title' : `section.${section}`)
  const description = section === 'search' ? undefined : t(`${section}.description`)
  const hrefs = localeHrefs(options.href ?? ((l) => sectionHref(section, l)))
  const metadata = pageMetadata(
    { locale, hrefs, title, description, noIndex: options.noIndex },
    site.organisationName.text,
  )
  const feeds = options.feeds?.(locale)
  return feeds ? { ...metadata, alternates: { ...metadata.alternates, types: feeds } } : metadata
}

type ListParams = Promise<{ locale: string; filters: string[] }>

/**
 * A list's filters from its path segments (lib/site/listPaths.ts): the locale and filters, or the
 * redirect to their canonical address, or the 404.
 */
export async function listFilters<F>(
  params: ListParams,
  parse: (locale: LocaleCode, segments: readonly string[]) => ParsedPath<F>,
): Promise<{ locale: LocaleCode; filters: F }> {
  const raw = await params
  const locale = localeParam(raw.locale)
  const parsed = parse(locale, raw.filters)
  if (!parsed) notFound()
  if ('redirect' in parsed) permanentRedirect(parsed.redirect)
  return { locale, filters: parsed.filters }
}

/** The same for generateMetadata: null instead of a redirect or a 404. */
export async function listFiltersForMetadata<F>(
  params: ListParams,
  parse: (locale: LocaleCode, segments: readonly string[]) => ParsedPath<F>,
): Promise<F | null> {
  const raw = await params
  const locale = metadataLocale(raw.locale)
  const parsed = locale ? parse(locale, raw.filters) : null
  return parsed && 'filters' in parsed ? parsed.filters : null
}
