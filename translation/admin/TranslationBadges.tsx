import type { LocaleStatus } from '../status'
import { adminText } from '../../lib/i18n/admin'
import { stateKeys } from './stateKeys'
import './translations.css'

export interface TranslationBadgesProps {
  statuses: LocaleStatus[]
  /** The admin's language, for the state names. */
  language?: string
  /** Each badge links to the document in that language. */
  hrefFor?: (locale: string) => string
  showMissing?: boolean
}

/** One badge per language: its code and its state, coloured; missing fields named on hover. */
export function TranslationBadges({ statuses, language, hrefFor, showMissing = false }: TranslationBadgesProps) {
  const text = adminText(language)
  return (
    <span className="tr-badges">
      {statuses.map((s) => {
        const label = `${s.locale.toUpperCase()}: ${text(stateKeys[s.state])}${s.missing.length > 0 ? ` — ${text('screens.translations.missingFields')}: ${s.missing.join(', ')}` : ''}`
        const content = (
          <>
            <b>{s.locale.toUpperCase()}</b>
            <span>{text(stateKeys[s.state])}</span>
            {showMissing && s.missing.length > 0 && s.state !== 'missing' ? (
              <span className="tr-muted">({s.missing.join(', ')})</span>
            ) : null}
          </>
        )
        const className = `tr-badge tr-badge--${s.state}`
        return hrefFor ? (
          <a key={s.locale} className={className} href={hrefFor(s.locale)} title={label} aria-label={label}>
            {content}
          </a>
        ) : (
          <span key={s.locale} className={className} title={label} aria-label={label}>
            {content}
          </span>
        )
      })}
    </span>
  )
}
