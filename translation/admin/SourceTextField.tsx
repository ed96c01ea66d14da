import type { UIFieldServerProps } from 'payload'

import { isLocale, localeDefinition } from '../../lib/i18n/locales'
import { plainTextFromRichText, type RichText } from '../../lib/text/richText'
import { isTranslatableCollection } from '../collections'
import { titleFieldOf } from '../../collections/registry'
import { adminText } from '../../lib/i18n/admin'

/** Enough of the body to translate from at a glance; the whole text is one click away. */
const BODY_PREVIEW = 500

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * The document's title, summary and the start of its text in the original language, read-only,
 * above the form, whenever the document is opened in another language (the translator's view).
 */
export async function SourceTextField({ id, collectionSlug, data, req, payload }: UIFieldServerProps) {
  const source = data?.sourceLocale
  const locale = req.locale
  if (id === undefined || !isLocale(source) || source === locale || !isTranslatableCollection(collectionSlug))
    return null
  const original = (await payload.findByID({
    collection: collectionSlug,
    id,
    locale: source,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!original) return null
  const words = adminText(req.i18n.language)
  const { dir, label } = localeDefinition(source)
  const body = plainTextFromRichText((original.body ?? original.description) as RichText | null | undefined)
  const parts = [
    { name: words('screens.original.title'), value: text(original[titleFieldOf(collectionSlug)]) },
    { name: words('screens.original.summary'), value: text(original.summary ?? original.alt) },
    {
      name: words('screens.original.body'),
      value: body.length > BODY_PREVIEW ? `${body.slice(0, BODY_PREVIEW).trimEnd()} …` : body,
    },
  ].filter((part) => part.value !== '')
  if (parts.length === 0) return null
  return (
    <details className="tr-source" open>
      <summary>{words('screens.original.heading', { language: label })}</summary>
      <dl>
        {parts.map((part) => (
          <div key={part.name}>
            <dt>{part.name}</dt>
            <dd lang={source} dir={dir}>
              {part.value}
            </dd>
          </div>
        ))}
      </dl>
      <a className="tr-muted" href={`/admin/collections/${collectionSlug}/${id}?locale=${source}`}>
        {words('screens.original.open')}
      </a>
    </details>
  )
}
