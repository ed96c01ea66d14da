import type { Metadata } from 'next'

import { renderedNotFoundMetadata, withServerRendered404 } from '@/components/layout/serverRendered404'
import { parseEventsSegments } from '@/lib/site/listPaths'
import { listFilters, listFiltersForMetadata } from '@/lib/site/pageParams'

import { eventsListMetadata, eventsListPage } from '../eventsListPage'

type Props = { params: Promise<{ locale: string; filters: string[] }> }

/** None at build: each later page is rendered on its first request, then cached. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filters = await listFiltersForMetadata(params, parseEventsSegments)
  return filters ? eventsListMetadata(params, filters) : renderedNotFoundMetadata(params)
}

export default withServerRendered404(async function LaterEventsPage({ params }: Props) {
  const { locale, filters } = await listFilters(params, parseEventsSegments)
  return eventsListPage(locale, filters)
})
