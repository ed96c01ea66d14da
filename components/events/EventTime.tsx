import { eventTime, type EventTiming } from '@/lib/time/format'
import type { LocaleCode } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { isoInZone } from '@/lib/time/zones'

/**
 * When an event happens, in its own time zone and labelled with it ("26 November 2019, 10:00–12:00
 * (Central European Time, UTC+1)"), each end with its own offset when the clock changes between them;
 * all-day events as dates only. The visitor's own zone is not guessed: the server cannot know it, and
 * no script is sent to find out. `datetime` is the local start with its offset.
 */
export function EventTime({ event, locale }: { event: EventTiming; locale: LocaleCode }) {
  const t = translator(locale)
  const { when, zone } = eventTime(event, locale)
  return (
    <span className="event-time">
      <time dateTime={isoInZone(new Date(event.startsAt), event.timeZone)}>{when}</time>
      {zone ? <span className="zone"> {t('events.inZone', { zone })}</span> : null}
    </span>
  )
}
