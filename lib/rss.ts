/** RSS 2.0 (https://www.rssboard.org/rss-specification) for the news of one locale. */

export interface FeedItem {
  title: string
  link: string
  description?: string | null
  publishedDate: string
  /** The item's language when it differs from the channel's (not yet translated). */
  language?: string
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export function buildRss({
  title,
  link,
  selfLink,
  description,
  language,
  items,
}: {
  title: string
  link: string
  selfLink: string
  description: string
  language: string
  items: FeedItem[]
}): string {
  const newest = items[0]?.publishedDate
  const entries = items
    .map((item) =>
      [
        '    <item>',
        `      <title>${escapeXml(item.title)}</title>`,
        `      <link>${escapeXml(item.link)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
        `      <pubDate>${new Date(item.publishedDate).toUTCString()}</pubDate>`,
        item.description ? `      <description>${escapeXml(item.description)}</description>` : '',
        item.language ? `      <dc:language>${escapeXml(item.language)}</dc:language>` : '',
        '    </item>',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(link)}</link>
    <description>${escapeXml(description)}</description>
    <language>${escapeXml(language)}</language>
    <atom:link href="${escapeXml(selfLink)}" rel="self" type="application/rss+xml"/>
${newest ? `    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>\n` : ''}${entries}
  </channel>
</rss>
`
}
