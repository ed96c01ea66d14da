/** What search engines and social networks read: canonical and alternate addresses, OpenGraph, Twitter, JSON-LD. */
import type { Metadata } from 'next'

import type { SiteFrame } from '../content/site'
import { localeCodes, localeDefinition, type LocaleCode } from '../i18n/locales'
import { absoluteUrl, homeHref, xDefaultLocale } from './routes'

export interface PageSeo {
  locale: LocaleCode
  /** The page's path in each locale (the language switcher's targets). */
  hrefs: Record<LocaleCode, string>
  title: string
  description?: string | null
  image?: { url: string; width: number; height: number; alt: string } | null
  type?: 'website' | 'article'
  publishedTime?: string
  modifiedTime?: string
  /** Pages that must not be indexed (search results, 404). */
  noIndex?: boolean
  /**
   * For a document: the locales it is written in, source first (lib/content/documents). Only these
   * are hreflang alternates; shown in any other locale, the page's canonical is the source page.
   * Absent for pages that exist in every locale (home, lists).
   */
  translated?: readonly LocaleCode[]
}

/** Canonical address, hreflang alternates and x-default of a page, as search engines should see it. */
export function pageAddresses(seo: Pick<PageSeo, 'locale' | 'hrefs' | 'translated'>): {
  canonical: string
  languages: Record<string, string>
} {
  const written = seo.translated && seo.translated.length > 0 ? seo.translated : localeCodes
  const languages: Record<string, string> = Object.fromEntries(written.map((l) => [l, absoluteUrl(seo.hrefs[l])]))
  languages['x-default'] = absoluteUrl(seo.hrefs[written.includes(xDefaultLocale) ? xDefaultLocale : written[0]])
  const canonical = absoluteUrl(seo.hrefs[written.includes(seo.locale) ? seo.locale : written[0]])
  return { canonical, languages }
}

const ogLocale = (locale: LocaleCode) => localeDefinition(locale).intl.replace('-', '_')

/** Next metadata with canonical, hreflang alternates plus x-default, OpenGraph and a Twitter card. */
export function pageMetadata(seo: PageSeo, siteName: string): Metadata {
  const { canonical, languages } = pageAddresses(seo)
  const description = seo.description ?? undefined
  const images = seo.image
    ? [{ url: absoluteUrl(seo.image.url), width: seo.image.width, height: seo.image.height, alt: seo.image.alt }]
    : undefined
  return {
    title: seo.title,
    description,
    alternates: { canonical, languages },
    robots: seo.noIndex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: seo.type ?? 'website',
      url: canonical,
      title: seo.title,
      description,
      siteName,
      locale: ogLocale(seo.locale),
      alternateLocale: localeCodes.filter((l) => l !== seo.locale).map(ogLocale),
      images,
      ...(seo.type === 'article' ? { publishedTime: seo.publishedTime, modifiedTime: seo.modifiedTime } : {}),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: seo.title,
      description,
      images: images?.map((i) => i.url),
    },
  }
}

export function organizationJsonLd(site: SiteFrame, locale: LocaleCode): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: site.organisationName.text,
    alternateName: site.shortName?.text,
    url: absoluteUrl(homeHref(locale)),
    email: site.email ?? undefined,
    telephone: site.phone ?? undefined,
    description: site.whoWeAre?.text ?? site.tagline?.text,
  }
}

export function newsArticleJsonLd(
  article: {
    title: string
    description?: string | null
    url: string
    publishedDate: string
    updatedAt?: string
    inLanguage: LocaleCode
    image?: string
    city?: string | null
  },
  site: SiteFrame,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title.slice(0, 110),
    description: article.description ?? undefined,
    url: absoluteUrl(article.url),
    mainEntityOfPage: absoluteUrl(article.url),
    datePublished: article.publishedDate,
    dateModified: article.updatedAt ?? article.publishedDate,
    inLanguage: article.inLanguage,
    dateline: article.city ?? undefined,
    image: article.image ? [absoluteUrl(article.image)] : undefined,
    author: { '@type': 'Organization', name: site.organisationName.text },
    publisher: { '@type': 'Organization', name: site.organisationName.text },
  }
}

const eventStatusUrl = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
} as const

export function eventJsonLd(
  event: {
    title: string
    description?: string | null
    url: string
    startsAt: string
    endsAt: string
    status: keyof typeof eventStatusUrl
    venue?: string | null
    onlineLink?: string | null
    inLanguage: LocaleCode
  },
  site: SiteFrame,
): Record<string, unknown> {
  const place = event.venue ? { '@type': 'Place', name: event.venue, address: event.venue } : undefined
  const online = event.onlineLink ? { '@type': 'VirtualLocation', url: event.onlineLink } : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.description ?? undefined,
    url: absoluteUrl(event.url),
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: eventStatusUrl[event.status],
    eventAttendanceMode:
      online && place
        ? 'https://schema.org/MixedEventAttendanceMode'
        : online
          ? 'https://schema.org/OnlineEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
    location: place && online ? [place, online] : (place ?? online),
    inLanguage: event.inLanguage,
    organizer: { '@type': 'Organization', name: site.organisationName.text, url: absoluteUrl('/') },
  }
}
