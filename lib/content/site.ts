import { isLocale, localeCodes, type LocaleCode } from '../i18n/locales'
import { hrefFor, sectionHref, type Section } from '../site/routes'
import type { Navigation, Site } from '../../payload-types'
import { cached } from './cache'
import { pathOf } from './pages'
import { payloadClient } from './payload'
import { collectionTag, globalTag } from './tags'

/** A text of the site settings in the visitor's language, or in the first language that has it. */
export interface SiteText {
  text: string
  locale: LocaleCode
}

export interface SiteFrame {
  organisationName: SiteText
  shortName: SiteText | null
  tagline: SiteText | null
  whoWeAre: SiteText | null
  address: SiteText | null
  email: string | null
  phone: string | null
}

type AllLocales = Partial<Record<string, string | null>> | null | undefined

function pick(values: AllLocales, locale: LocaleCode): SiteText | null {
  for (const candidate of [locale, ...localeCodes.filter((l) => l !== locale)]) {
    const text = values?.[candidate]
    if (text && isLocale(candidate)) return { text, locale: candidate }
  }
  return null
}

/** The organisation's name, tagline, "who we are" and contact, for the header, footer and JSON-LD. */
export const getSiteFrame = cached(
  async (locale: LocaleCode): Promise<SiteFrame> => {
    const payload = await payloadClient()
    const site = (await payload.findGlobal({
      slug: 'site',
      locale: 'all',
      depth: 0,
      overrideAccess: false,
    })) as unknown as Record<keyof Site, unknown> & {
      contact?: { address?: AllLocales; email?: string | null; phone?: string | null }
    }
    const all = (key: keyof Site) => site[key] as AllLocales
    return {
      organisationName: pick(all('organisationName'), locale) ?? { text: '', locale },
      shortName: pick(all('shortName'), locale),
      tagline: pick(all('tagline'), locale),
      whoWeAre: pick(all('whoWeAre'), locale),
      address: pick(site.contact?.address, locale),
      email: site.contact?.email ?? null,
      phone: site.contact?.phone ?? null,
    }
  },
  'site:frame',
  () => [globalTag('site')],
)

export interface MenuLink {
  label: string
  /** Set when the label is not in the visitor's language: a page's untranslated title, in its source language. */
  lang?: LocaleCode
  href: string
  children: MenuLink[]
}

type MenuRow = NonNullable<Navigation['header']>[number]
type MenuTarget = Pick<MenuRow, 'label' | 'kind' | 'page' | 'section' | 'url'>

/** The header and footer menus with every entry resolved to an address in `locale`. */
export const getNavigation = cached(
  async (locale: LocaleCode): Promise<{ header: MenuLink[]; footer: MenuLink[] }> => {
    const payload = await payloadClient()
    const nav = await payload.findGlobal({
      slug: 'navigation',
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: false,
    })
    const rows: MenuTarget[] = [...(nav.header ?? []).flatMap((r) => [r, ...(r.children ?? [])]), ...(nav.footer ?? [])]
    const pageIds = [...new Set(rows.flatMap((r) => (r.kind === 'page' && typeof r.page === 'number' ? [r.page] : [])))]
    const pages = pageIds.length
      ? await payload.find({
          collection: 'pages',
          locale: 'all',
          where: { id: { in: pageIds } },
          select: { breadcrumbs: true, sourceLocale: true, title: true },
          depth: 0,
          pagination: false,
          draft: false,
          overrideAccess: false,
        })
      : { docs: [] }
    const paths = new Map<number, string>()
    /** Pages not translated into `locale`: their title in their source language, which a menu label may repeat. */
    const untranslated = new Map<number, SiteText>()
    for (const page of pages.docs as unknown as {
      id: number
      sourceLocale?: string
      title?: AllLocales
      breadcrumbs?: Record<string, { url?: string | null }[] | null>
    }[]) {
      const shownIn = page.title?.[locale] ? locale : page.sourceLocale
      const path = shownIn ? pathOf(page.breadcrumbs?.[shownIn]) : undefined
      if (path) paths.set(page.id, path)
      const sourceTitle = isLocale(shownIn) && shownIn !== locale ? page.title?.[shownIn] : undefined
      if (sourceTitle && isLocale(shownIn)) untranslated.set(page.id, { text: sourceTitle, locale: shownIn })
    }
    // A label that is the untranslated page's source title is in that language (WCAG 3.1.2, language of parts).
    const langOf = (row: MenuTarget): LocaleCode | undefined => {
      const source = row.kind === 'page' && typeof row.page === 'number' ? untranslated.get(row.page) : undefined
      return source && source.text === row.label ? source.locale : undefined
    }
    const resolve = (row: MenuTarget): string | undefined => {
      if (row.kind === 'section' && row.section) return sectionHref(row.section as Section, locale)
      if (row.kind === 'url' && row.url) return row.url
      if (row.kind === 'page' && typeof row.page === 'number') {
        const path = paths.get(row.page)
        return path ? hrefFor('pages', path, locale) : undefined
      }
      return undefined
    }
    const link = (row: MenuRow | MenuTarget, children: MenuLink[] = []): MenuLink[] => {
      const href = resolve(row)
      const lang = langOf(row)
      return href ? [{ label: row.label, ...(lang ? { lang } : {}), href, children }] : []
    }
    return {
      header: (nav.header ?? []).flatMap((row) =>
        link(
          row,
          (row.children ?? []).flatMap((child) => link(child)),
        ),
      ),
      footer: (nav.footer ?? []).flatMap((row) => link(row)),
    }
  },
  'site:navigation',
  () => [globalTag('navigation'), collectionTag('pages')],
)
