'use client'
import { SelectField, useForm, useFormFields, useFormModified } from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'
import { useCallback, useEffect, useRef } from 'react'

import { sameWallTimeIn } from '../../lib/time/zones'

/** Given by fields/zonedDate (`zoneField`) as clientProps. */
export interface ZoneFieldProps {
  /** The dates typed in this zone; each has a `<name>_tz` companion holding a copy of it. */
  dates: string[]
  /** The office relationship whose zone this one follows (its path in the form, e.g. `dateline.office`). */
  officePath: string
}

const zoneOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

/**
 * The time zone of a place (an event's venue, a release's dateline), beside the dates typed in it.
 * Payload's date pickers show and take times in the zone of their `_tz` companion, so these follow
 * this field at once, before any save: an editor in Bangkok who chose Europe/Paris types 10:00 and
 * means 10:00 in Paris.
 *
 * When the editor changes the zone, the times already typed keep their wall-clock value (10:00
 * stays 10:00, in the new zone): people fix a zone because the event is at that hour there.
 * Picking the office sets its zone, until the editor chooses a zone by hand.
 */
export function ZoneField({ dates, officePath, ...props }: SelectFieldClientProps & ZoneFieldProps) {
  const { path } = props
  const { dispatchFields, getDataByPath, setModified } = useForm()
  const modified = useFormModified()
  const zone = useFormFields(([fields]) => zoneOf(fields[path]?.value))
  const office = useFormFields(([fields]) => fields[officePath]?.value)
  // The companions' zones, as one string so that the selector's result compares by value.
  const companions = useFormFields(([fields]) => dates.map((name) => String(fields[`${name}_tz`]?.value)).join(' '))
  const chosenByHand = useRef(false)
  const lastOffice = useRef(office)

  /** Moves the typed times to `next` at the same wall-clock time; the field itself is set by the caller. */
  const moveDatesTo = useCallback(
    (next: string | null) => {
      const previous = zoneOf(getDataByPath(path))
      if (!next || !previous || next === previous) return
      for (const name of dates) {
        const value = getDataByPath(name)
        if (typeof value !== 'string' || value === '') continue
        dispatchFields({
          type: 'UPDATE',
          path: name,
          value: sameWallTimeIn(new Date(value), previous, next).toISOString(),
        })
      }
    },
    [dates, dispatchFields, getDataByPath, path],
  )

  // The companions always hold the zone (also after a reload or a revert, which change no instant).
  useEffect(() => {
    if (!zone) return
    companions.split(' ').forEach((current, i) => {
      if (current !== zone) dispatchFields({ type: 'UPDATE', path: `${dates[i]}_tz`, value: zone })
    })
  }, [zone, companions, dates, dispatchFields])

  // An office picked by the editor (the form is modified: not a reload) brings its zone.
  useEffect(() => {
    if (office === lastOffice.current) return
    lastOffice.current = office
    if (!modified || chosenByHand.current) return
    const id = typeof office === 'object' && office !== null ? (office as { value?: unknown }).value : office
    if (typeof id !== 'string' && typeof id !== 'number') return
    void fetch(`/api/offices/${encodeURIComponent(String(id))}?depth=0&select[timeZone]=true`, {
      credentials: 'include',
    })
      .then((response) => (response.ok ? (response.json() as Promise<{ timeZone?: string }>) : null))
      .then((found) => {
        const next = zoneOf(found?.timeZone)
        // Another office may have been picked meanwhile: only the last one counts.
        if (lastOffice.current !== office || chosenByHand.current || !next || next === zoneOf(getDataByPath(path)))
          return
        moveDatesTo(next)
        dispatchFields({ type: 'UPDATE', path, value: next })
        setModified(true)
      })
      // Without the office's zone the event keeps its own; nothing is lost.
      .catch(() => undefined)
  }, [office, modified, dispatchFields, getDataByPath, moveDatesTo, path, setModified])

  const onChange = useCallback(
    (next: string | string[]) => {
      chosenByHand.current = true
      moveDatesTo(zoneOf(next))
    },
    [moveDatesTo],
  )

  return <SelectField {...props} onChange={onChange} />
}
