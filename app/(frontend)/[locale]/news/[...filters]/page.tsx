import type { Metadata } from 'next'

import { renderedNotFoundMetadata, withServerRendered404 } from '@/components/layout/serverRendered404'
import { parseNewsSegments } from '@/lib/site/listPaths'
import { listFilters, listFiltersForMetadata } from '@/lib/site/pageParams'

import { newsListMetadata, newsListPage } from '../newsListPage'

type Props = { params: Promise<{ locale: string; filters: string[] }> }

/** None at build: each filtered or later page is rendered on its first request, then cached. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filters = await listFiltersForMetadata(params, parseNewsSegments)
  return filters ? newsListMetadata(params, filters) : renderedNotFoundMetadata(params)
}

export default withServerRendered404(async function FilteredNewsPage({ params }: Props) {
  const { locale, filters } = await listFilters(params, parseNewsSegments)
  return newsListPage(locale, filters)
})
