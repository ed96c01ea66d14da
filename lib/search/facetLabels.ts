/**
 * The names shown for the office and programme facets, in the visitor's language (or the
 * document's own when not translated): read for the few values a results page lists, cached until
 * an office or programme changes.
 */
import { cached } from '../content/cache'
import { findLocalized } from '../content/localized'
import { payloadClient } from '../content/payload'
import { collectionTag } from '../content/tags'
import type { LocaleCode } from '../i18n/locales'

const facetCollection = { office: 'offices', programme: 'health-programmes' } as const
const nameField = { office: 'name', programme: 'title' } as const

export const facetLabels = cached(
  async (locale: LocaleCode, facet: 'office' | 'programme', ids: string[]): Promise<Record<string, string>> => {
    if (ids.length === 0) return {}
    const payload = await payloadClient()
    const page = await findLocalized(payload, {
      collection: facetCollection[facet],
      locale,
      select: { [nameField[facet]]: true } as never,
      where: { id: { in: ids } },
      limit: ids.length,
    })
    return Object.fromEntries(
      page.items.map((item) => {
        const doc = item.doc as unknown as Record<string, unknown> & { id: number | string }
        return [String(doc.id), String(doc[nameField[facet]] ?? '')]
      }),
    )
  },
  'search:facet-labels',
  (_locale, facet) => [collectionTag(facetCollection[facet])],
)
