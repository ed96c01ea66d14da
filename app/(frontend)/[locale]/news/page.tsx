import type { Metadata } from 'next'

import { localeParam } from '@/lib/site/pageParams'

import { newsListMetadata, newsListPage } from './newsListPage'

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return newsListMetadata(params, {})
}

export default async function NewsPage({ params }: Props) {
  return newsListPage(localeParam((await params).locale), {})
}
