/**
 * The news feeds of one locale — RSS 2.0, Atom 1.0 and JSON Feed 1 — written by the `feed`
 * library from one description. An item shown in another language than the feed's (not yet
 * translated) says so: `dc:language` in RSS, `xml:lang` in Atom, `language` in JSON Feed.
 */
import { Feed } from 'feed'

import { escapeXml } from '../text/xml'

export interface FeedItem {
  title: string
  link: string
  description?: string | null
  publishedDate: string
  /** The item's language when it differs from the feed's (not yet translated). */
  language?: string
}

export interface NewsFeed {
  title: string
  /** The news page the feed follows. */
  link: string
  /** The feed's own addresses, by format. */
  feedLinks: { rss: string; atom: string; json: string }
  description: string
  language: string
  items: FeedItem[]
}

export type FeedFormat = 'rss' | 'atom' | 'json'

export const feedContentType: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

const DC = 'http://purl.org/dc/elements/1.1/'

function feedOf({ title, link, feedLinks, description, language, items }: NewsFeed, format: FeedFormat): Feed {
  const newest = items[0]?.publishedDate
  const feed = new Feed({
    id: feedLinks[format],
    title,
    link,
    description,
    language,
    feedLinks,
    updated: newest ? new Date(newest) : new Date(0),
    generator: false,
    copyright: '',
  })
  for (const item of items)
    feed.addItem({
      id: item.link,
      guid: item.link,
      title: item.title,
      link: item.link,
      description: item.description ?? undefined,
      date: new Date(item.publishedDate),
      extensions: item.language ? [languageExtension(item.language, format)] : undefined,
    })
  return feed
}

function languageExtension(language: string, format: FeedFormat) {
  if (format === 'json') return { name: 'language', objects: language as unknown as Record<string, unknown> }
  return { name: 'dc:language', objects: { _text: language } }
}

/** `feed` declares the Dublin Core namespace only for `content:encoded`: declare it for dc:language too. */
function withDublinCore(xml: string, root: RegExp): string {
  if (!xml.includes('<dc:language') || xml.includes(`xmlns:dc="${DC}"`)) return xml
  return xml.replace(root, (open) => `${open} xmlns:dc="${DC}"`)
}

/** `feed` writes no extension into Atom entries: each entry is found by its id (the item's unique link). */
function withEntryLanguages(xml: string, items: FeedItem[]): string {
  return items.reduce((out, item) => {
    if (!item.language) return out
    const id = `<id>${escapeXml(item.link)}</id>`
    return out.replace(id, `${id}<dc:language>${escapeXml(item.language)}</dc:language>`)
  }, xml)
}

export function buildNewsFeed(news: NewsFeed, format: FeedFormat): string {
  const feed = feedOf(news, format)
  if (format === 'rss') return withDublinCore(feed.rss2(), /<rss\b/)
  if (format === 'atom') return withDublinCore(withEntryLanguages(feed.atom1(), news.items), /<feed\b/)
  return feed.json1()
}
