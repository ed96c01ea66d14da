import type { Metadata } from 'next'

import { localeParam } from '@/lib/site/pageParams'

import { eventsListMetadata, eventsListPage } from './eventsListPage'

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventsListMetadata(params, { when: 'upcoming' })
}

export default async function EventsPage({ params }: Props) {
  return eventsListPage(localeParam((await params).locale), { when: 'upcoming' })
}
