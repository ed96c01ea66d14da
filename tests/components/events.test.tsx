import { describe, expect, test } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'

import { EventList, type EventItem } from '@/components/events/EventList'
import { EventTime } from '@/components/events/EventTime'

const geneva = { startsAt: '2019-11-26T09:00:00.000Z', endsAt: '2019-11-26T11:00:00.000Z', timeZone: 'Europe/Zurich' }

describe('EventTime', () => {
  test('shows the time where the event happens, with the zone named and its offset', () => {
    const { container } = render(<EventTime event={geneva} locale="en" />)
    expect(container.textContent).toBe('26 November 2019, 10:00–12:00 (Central European Time, UTC+1)')
    // Machine-readable too: the local time there, with its offset.
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2019-11-26T10:00:00+01:00')
  })

  test('uses the event’s zone, not the reader’s: a Santiago event in Spanish', () => {
    const { container } = render(
      <EventTime
        event={{
          startsAt: '2015-09-24T13:00:00.000Z',
          endsAt: '2015-09-24T21:00:00.000Z',
          timeZone: 'America/Santiago',
        }}
        locale="es"
      />,
    )
    expect(container.textContent).toMatch(/^24 de septiembre de 2015, 10:00\s?–\s?18:00 \(.+, UTC−3\)$/)
  })

  test('all-day events show dates only, with no zone', () => {
    const { container } = render(
      <EventTime
        event={{ ...geneva, startsAt: '2019-11-25T23:00:00.000Z', endsAt: '2019-11-28T22:59:00.000Z', allDay: true }}
        locale="fr"
      />,
    )
    expect(container.textContent?.replace(/\s/g, ' ')).toBe('26–28 novembre 2019')
    expect(container.querySelector('.zone')).toBeNull()
  })
})

function item(id: number, overrides: Partial<EventItem['doc']> = {}, locale: EventItem['locale'] = 'en'): EventItem {
  return {
    doc: {
      id,
      title: `Event ${id}`,
      slug: `event-${id}`,
      kind: 'conference',
      status: 'scheduled',
      ...geneva,
      allDay: false,
      venue: 'Geneva',
      summary: null,
      ...overrides,
    } as EventItem['doc'],
    requested: 'en',
    locale,
    isFallback: locale !== 'en',
  }
}

describe('EventList', () => {
  test('lists events with their kind, link, time and venue; untranslated ones in their own language, tagged', () => {
    render(
      <EventList locale="en" items={[item(1), item(2, { title: 'Session du Conseil', status: 'postponed' }, 'fr')]} />,
    )
    const [first, second] = screen.getAllByRole('listitem')
    expect(within(first).getByRole('link', { name: 'Event 1' }).getAttribute('href')).toBe('/en/events/event-1')
    expect(within(first).getByText('Conference')).toBeTruthy()
    expect(within(first).getByText(/Central European Time/)).toBeTruthy()
    const french = within(second).getByRole('heading', { name: 'Session du Conseil' }).parentElement!
    expect(french.getAttribute('lang')).toBe('fr')
    expect(within(second).getByText('In French')).toBeTruthy()
    expect(within(second).getByText('Postponed')).toBeTruthy()
  })

  test('says so when there is nothing to show, instead of an empty list', () => {
    render(<EventList locale="ar" items={[]} />)
    expect(screen.getByText('لا توجد فعاليات مقررة في الوقت الحالي.')).toBeTruthy()
    expect(screen.queryByRole('list')).toBeNull()
  })
})
