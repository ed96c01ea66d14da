import { defaultLocale, isLocale, type LocaleCode } from './locales'

/**
 * The best of our locales for an Accept-Language header (RFC 9110 §12.5.4): highest q first,
 * then header order; "fr-CA" matches "fr"; q=0 excludes; nothing usable → the default locale.
 */
export function negotiateLocale(header: string | null | undefined): LocaleCode {
  if (!header) return defaultLocale
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number.parseFloat(q.slice(2)) : 1
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((r) => r.tag !== '' && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  for (const { tag } of ranges) {
    if (tag === '*') return defaultLocale
    const primary = tag.split('-')[0]
    if (isLocale(primary)) return primary
  }
  return defaultLocale
}
