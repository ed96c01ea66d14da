/** Offsets and wall-clock conversions in IANA time zones, with Intl only (no time-zone database to ship). */

const partsFormatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    partsFormatters.set(timeZone, f)
  }
  return f
}

/** Minutes to add to UTC to get the wall-clock time in `timeZone` at `instant`. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  )
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60000)
}

/** The instant at which the wall clock in `timeZone` shows `local` ("2019-11-26T10:00"). */
export function zonedWallTimeToUtc(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(local)
  if (!match) throw new Error(`"${local}" is not a local date-time (YYYY-MM-DD or YYYY-MM-DDTHH:mm).`)
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = match
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  // Two passes settle the offset around daylight-saving changes.
  let guess = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60000
  guess = asUtc - offsetMinutes(new Date(guess), timeZone) * 60000
  return new Date(guess)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The wall-clock date-time that `instant` shows in `timeZone`, as "2027-03-27T10:00:00". */
export function wallTimeIn(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60000)
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`
}

/** ISO 8601 with the zone's offset at that instant ("2027-03-27T10:00:00+01:00"): the local time, unambiguous. */
export function isoInZone(instant: Date, timeZone: string): string {
  const minutes = offsetMinutes(instant, timeZone)
  const abs = Math.abs(minutes)
  return `${wallTimeIn(instant, timeZone)}${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/**
 * The instant that shows in `to` the wall-clock time `instant` showed in `from`: an event at 10:00
 * stays at 10:00 when its zone is corrected from Geneva to Nairobi.
 */
export function sameWallTimeIn(instant: Date, from: string, to: string): Date {
  return zonedWallTimeToUtc(wallTimeIn(instant, from), to)
}
