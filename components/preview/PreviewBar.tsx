import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { adminHref } from '@/lib/preview/adminLinks'
import { exitPreviewHref } from '@/lib/preview/headers'
import type { RoutedCollection } from '@/lib/site/routes'

export interface PreviewedDocument {
  collection: RoutedCollection
  id: number | string
}

/**
 * For a member of staff in draft mode (PageShell shows it when the frame says so, lib/preview): says
 * the page is not what visitors see, and offers the ways out — the published page (draft mode off)
 * and the document in the admin. A Server Component: visitors get no script of it.
 */
export function PreviewBar({
  locale,
  path,
  document,
}: {
  locale: LocaleCode
  /** This page's address, where "Leave preview" goes once draft mode is off. */
  path: string
  document?: PreviewedDocument
}) {
  const t = translator(locale)
  return (
    <aside className="preview-bar" aria-labelledby="preview-bar-title">
      <p>
        <strong id="preview-bar-title">{t('preview.title')}</strong> {t('preview.explanation')}
      </p>
      <ul className="preview-bar__actions">
        <li>
          <a href={exitPreviewHref(path)} target="_top">
            {t('preview.exit')}
          </a>
        </li>
        <li>
          <a href={adminHref(locale, document)} target="_top">
            {document ? t('preview.edit') : t('preview.admin')}
          </a>
        </li>
      </ul>
    </aside>
  )
}
