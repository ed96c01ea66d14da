'use client'
import { FieldLabel, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import { isLocale } from '../../lib/i18n/locales'
import { documentStatus } from '../status'
import { TranslationBadges } from './TranslationBadges'
import { adminText } from '../../lib/i18n/admin'

/** The document's translations in the sidebar, each a link to the document in that language. */
export function TranslationStatusField() {
  const value = useFormFields(([fields]) => fields.translationStatus?.value)
  const source = useFormFields(([fields]) => fields.sourceLocale?.value)
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const text = adminText(i18n.language)
  if (!isLocale(source) || id === undefined) return null
  return (
    <div className="field-type tr-sidebar">
      <FieldLabel label={text('screens.translations.title')} />
      <TranslationBadges
        statuses={documentStatus(value, source)}
        language={i18n.language}
        showMissing
        hrefFor={(locale) => `/admin/collections/${collectionSlug}/${id}?locale=${locale}`}
      />
      <a className="tr-muted" href={`/admin/translations?collection=${collectionSlug}`}>
        {text('screens.translations.title')} →
      </a>
    </div>
  )
}
