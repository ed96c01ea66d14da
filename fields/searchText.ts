import type { TextareaField } from 'payload'

import { plainTextFromRichText, type RichText } from '../lib/richText'

/**
 * The plain text of a rich-text field, per locale, kept in step on every save so the site's search
 * can match the body with an ordinary `like` query on any database. Never edited by hand.
 */
export function searchTextField(from: string): TextareaField {
  return {
    name: 'searchText',
    type: 'textarea',
    localized: true,
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    hooks: {
      beforeChange: [({ siblingData }) => plainTextFromRichText((siblingData as Record<string, unknown>)[from] as RichText | null | undefined) || null],
    },
  }
}
