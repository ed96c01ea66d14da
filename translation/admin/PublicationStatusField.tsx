import type { UIFieldServerProps } from 'payload'

import { adminText } from '../../lib/i18n/admin'
import { localeCodes, localeDefinition } from '../../lib/i18n/locales'
import { isTranslatableCollection } from '../collections'
import { publicationByLocale, readerFor, type LocalePublication } from '../publication'

/**
 * What visitors see in each language, in the sidebar: published, published with unpublished
 * changes, not yet published, or not written. Payload's own status pill reads the newest version
 * only, which after a one-language publish is the other languages' draft ("Draft" on a page that
 * visitors read).
 */
export async function PublicationStatusField({ id, collectionSlug, req, payload }: UIFieldServerProps) {
  if (id === undefined || !isTranslatableCollection(collectionSlug)) return null
  const { config } = payload.collections[collectionSlug]
  const read = readerFor(payload, req, collectionSlug, id)
  const states = await publicationByLocale(config.fields, localeCodes, read)
  const words = adminText(req.i18n.language)
  const label: Record<LocalePublication, string> = {
    published: words('screens.publication.published'),
    changed: words('screens.publication.changed'),
    draft: words('screens.publication.draft'),
    'not-written': words('screens.publication.notWritten'),
  }
  return (
    <div className="field-type tr-sidebar tr-publication">
      <p className="field-label">{words('screens.publication.onTheSite')}</p>
      <ul>
        {localeCodes.map((locale) => (
          <li key={locale} data-locale={locale} data-publication={states[locale]}>
            <span lang={locale}>{localeDefinition(locale).label}</span> — {label[states[locale]]}
          </li>
        ))}
      </ul>
    </div>
  )
}
