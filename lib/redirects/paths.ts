/**
 * The addresses a redirect goes from: a path on this site under a language, such as
 * `/fr/news/ancien-titre` or `/fr/qui-sommes-nous/structure`. Only such paths ever reach the
 * not-found branch of a detail route, so only they can be redirected; anything else is refused when
 * the redirect is saved, with the reason, rather than stored and never used.
 */
import { isLocale, type LocaleCode } from '../i18n/locales'
import { isSlugLike } from '../site/routes'

/** Pages are at most this deep (app/(frontend)/[locale]/[...path]); a section and a slug are two segments. */
export const MAX_REDIRECT_SEGMENTS = 8

export interface SitePath {
  locale: LocaleCode
  /** The segments after the language: `['news', 'ancien-titre']`. */
  segments: string[]
  /** The normalised path: `/fr/news/ancien-titre`. */
  path: string
}

/**
 * An old address as an editor pastes it: a path of this site, or a whole URL — of this site or of the
 * site it replaced, whose paths it now answers — of which the path counts.
 */
export function parseOldAddress(value: unknown): SitePath | null {
  if (typeof value === 'string' && /^https?:\/\//i.test(value.trim())) {
    try {
      return parseSitePath(new URL(value.trim()).pathname)
    } catch {
      return null
    }
  }
  return parseSitePath(value)
}

/**
 * `value` read as a path of this site: surrounding spaces, a trailing slash, a query or a fragment
 * and this site's own origin are dropped (an editor pastes what the browser shows); null when it is
 * not a language followed by one or more slug-shaped segments.
 */
export function parseSitePath(value: unknown, origin?: string): SitePath | null {
  if (typeof value !== 'string') return null
  let text = value.trim()
  if (origin && text.startsWith(origin)) text = text.slice(origin.length)
  text = text.replace(/[?#].*$/, '').replace(/\/+$/, '')
  if (!text.startsWith('/')) return null
  const [locale, ...segments] = text.slice(1).split('/')
  if (!isLocale(locale) || segments.length === 0 || segments.length > MAX_REDIRECT_SEGMENTS) return null
  if (!segments.every(isSlugLike)) return null
  return { locale, segments, path: `/${locale}/${segments.join('/')}` }
}
