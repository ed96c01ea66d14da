import { notFound } from 'next/navigation'

import { translator } from '@/lib/i18n/server'
import { isLocale, localeDefinition } from '@/lib/i18n/locales'
import { latestNews } from '@/lib/content/pressReleases'

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [t, news] = await Promise.all([translator(locale), latestNews(locale, 10)])
  return (
    <>
      <h1>{t('latestNews')}</h1>
      <ul>
        {news.items.map(({ doc, locale: shownIn, isFallback }) => (
          <li key={doc.id} lang={isFallback ? shownIn : undefined} dir={isFallback ? localeDefinition(shownIn).dir : undefined}>
            <a href={`/${locale}/news/${doc.slug}`}>{doc.title}</a>
            {doc.summary ? <p>{doc.summary}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}
