'use client'
import { SelectField, useForm, useFormFields, useFormModified } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'
import { useCallback, useEffect, useRef } from 'react'

import { sameWallTimeIn } from '../../lib/time'

/** The event's dates, typed in its zone (fields/zonedDate keeps a `<name>_tz` copy of the zone beside each). */
const ZONED_DATES = ['startsAt', 'endsAt'] as const

const zoneOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

/**
 * The event's time zone, beside its dates. Payload's date pickers show and take times in the zone
 * of their `_tz` companion, so these follow this field at once, before any save: an editor in
 * Bangkok who chose Europe/Paris types 10:00 and means 10:00 in Paris.
 *
 * When the editor changes the zone, the times already typed keep their wall-clock value (10:00
 * stays 10:00, in the new zone): people fix a zone because the event is at that hour there.
 * Picking a host office sets its zone, until the editor chooses a zone by hand.
 */
export const EventZoneField: SelectFieldClientComponent = (props) => {
  const { path } = props
  const { dispatchFields, getDataByPath, setModified } = useForm()
  const modified = useFormModified()
  const zone = useFormFields(([fields]) => zoneOf(fields[path]?.value))
  const office = useFormFields(([fields]) => fields.office?.value)
  const startZone = useFormFields(([fields]) => fields.startsAt_tz?.value)
  const endZone = useFormFields(([fields]) => fields.endsAt_tz?.value)
  const chosenByHand = useRef(false)
  const lastOffice = useRef(office)

  /** Moves the typed times to `next` at the same wall-clock time; the field itself is set by the caller. */
  const moveDatesTo = useCallback(
    (next: string | null) => {
      const previous = zoneOf(getDataByPath(path))
      if (!next || !previous || next === previous) return
      for (const name of ZONED_DATES) {
        const value = getDataByPath(name)
        if (typeof value !== 'string' || value === '') continue
        dispatchFields({
          type: 'UPDATE',
          path: name,
          value: sameWallTimeIn(new Date(value), previous, next).toISOString(),
        })
      }
    },
    [dispatchFields, getDataByPath, path],
  )

  // The companions always hold the zone (also after a reload or a revert, which change no instant).
  useEffect(() => {
    if (!zone) return
    if (startZone !== zone) dispatchFields({ type: 'UPDATE', path: 'startsAt_tz', value: zone })
    if (endZone !== zone) dispatchFields({ type: 'UPDATE', path: 'endsAt_tz', value: zone })
  }, [zone, startZone, endZone, dispatchFields])

  // A host office picked by the editor (the form is modified: not a reload) brings its zone.
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
