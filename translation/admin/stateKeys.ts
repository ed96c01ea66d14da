import type { AdminKey } from '../../lib/i18n/admin'
import type { TranslationState } from '../status'

/** The admin's word for each translation state (admin.json `screens.translations.states`). */
export const stateKeys = {
  source: 'screens.translations.states.source',
  complete: 'screens.translations.states.complete',
  partial: 'screens.translations.states.partial',
  missing: 'screens.translations.states.missing',
  outdated: 'screens.translations.states.outdated',
} as const satisfies Record<TranslationState, AdminKey>
