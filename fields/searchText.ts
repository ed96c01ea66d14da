import type { Field } from 'payload'

import { plainTextFromRichText, type RichText } from '../lib/text/richText'
import { foldForSearch } from '../lib/search/fold'

interface SearchSources {
  /** The title field (offices call it `name`). */
  title: string
  summary?: string
  /** The rich-text field whose text is searched. */
  body: string
}

/**
 * Room for the longest body the rich-text limits accept (lib/validation/richTextLimits.ts: 100,000
 * characters, 4,000 nodes, each block followed by a blank line) with the title and summary. Without
 * it Payload's default of 40,000 refused to publish any body over about 38,000 characters.
 */
const SEARCH_TEXT_MAX_LENGTH = 120_000

const bodyText = (data: Record<string, unknown>, body: string) =>
  plainTextFromRichText(data[body] as RichText | null | undefined)

/**
 * Two hidden fields per locale, kept in step on every save so the site's search works with an
 * ordinary `like` query on any database: `searchText`, the plain text of the body (for excerpts),
 * and `searchKey`, the title, summary and body folded (lower case, no accents or Arabic vowel marks:
 * lib/search/fold) so that a query typed without accents still finds its words. Never edited by hand.
 */
export function searchFields({ title, summary, body }: SearchSources): Field[] {
  const hidden = { hidden: true, disableListColumn: true, disableListFilter: true }
  return [
    {
      name: 'searchText',
      type: 'textarea',
      localized: true,
      maxLength: SEARCH_TEXT_MAX_LENGTH,
      admin: hidden,
      hooks: { beforeChange: [({ siblingData }) => bodyText(siblingData as Record<string, unknown>, body) || null] },
    },
    {
      name: 'searchKey',
      type: 'textarea',
      localized: true,
      maxLength: SEARCH_TEXT_MAX_LENGTH,
      admin: hidden,
      hooks: {
        beforeChange: [
          ({ siblingData }) => {
            const data = siblingData as Record<string, unknown>
            const parts = [data[title], summary ? data[summary] : null, bodyText(data, body)].filter(
              (p): p is string => typeof p === 'string' && p.trim() !== '',
            )
            return parts.length > 0 ? foldForSearch(parts.join('\n')) : null
          },
        ],
      },
    },
  ]
}
