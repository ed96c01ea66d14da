import { isLocale } from '../../lib/i18n/locales'
import { documentStatus } from '../status'
import { TranslationBadges } from './TranslationBadges'

interface CellProps {
  cellData?: unknown
  rowData?: { sourceLocale?: unknown }
  i18n?: { language?: string }
}

/** The "Translations" column of the list views: every language's state, read from the stored status. */
export function TranslationStatusCell({ cellData, rowData, i18n }: CellProps) {
  const source = rowData?.sourceLocale
  if (!isLocale(source)) return null
  return <TranslationBadges statuses={documentStatus(cellData, source)} language={i18n?.language} />
}
