import type { LocaleCode } from '../i18n/locales'
import { findLocalized } from './localized'
import { payloadClient } from './payload'

const listSelect = { title: true, slug: true, summary: true, publishedDate: true, dateline: { city: true } } as const

/** The newest published press releases, each in the visitor's locale or its source locale. */
export async function latestPressReleases(locale: LocaleCode, limit: number) {
  const payload = await payloadClient()
  return findLocalized(payload, { collection: 'press-releases', locale, select: listSelect, sort: '-publishedDate', limit })
}
