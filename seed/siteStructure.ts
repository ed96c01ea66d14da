/**
 * The site's frame from the navigation block the seed pages repeat: one page per section (its intro
 * as text), child pages for its links, the header menu (one entry per top-level group), and the
 * organisation's globals with the "who we are" text.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { LocaleCode } from '../lib/i18n/locales'
import { richTextFromParagraphs } from '../lib/text/richText'
import { slugify } from '../lib/text/slugify'
import type { Navigation, Page } from '../payload-types'
import type { NavigationSection, ParsedNavigation } from './parser'
import type { Written } from './references'
import {
  frameText,
  introTranslations,
  menuTranslations,
  organisation,
  otherLocales,
  type OtherLocale,
} from './frameText'
import { holds, upsert } from './upsert'

/** Menu entries that are sections of the site rather than pages. */
const sectionLinks: Record<string, 'offices' | 'programmes'> = {
  'Où travaillons-nous': 'offices',
  'Ce que nous faisons': 'programmes',
}

type MenuEntry = NonNullable<Navigation['header']>[number]
type MenuChild = NonNullable<MenuEntry['children']>[number]

async function ensurePage(
  payload: Payload,
  req: PayloadRequest,
  written: Written[],
  title: string,
  parent: Page['id'] | null,
  intro?: string,
) {
  const text = (locale: LocaleCode) => ({
    title: frameText(menuTranslations, title, locale),
    summary: intro ? frameText(introTranslations, intro, locale) : null,
    body: intro ? richTextFromParagraphs([frameText(introTranslations, intro, locale)]) : null,
  })
  const result = await upsert(payload, req, {
    collection: 'pages',
    slug: slugify(title),
    sourceLocale: 'fr',
    data: { ...text('fr'), parent, _status: 'published' },
    // The frame's pages are translated from the start (frameText.ts); their slugs come from the titles.
    translations: Object.fromEntries(otherLocales.map((locale) => [locale, text(locale)])),
  })
  if (result.outcome !== 'unchanged') written.push({ collection: 'pages', title, outcome: result.outcome })
  return result.id
}

function linkTo(label: string, pageId: Page['id']): MenuChild {
  const section = sectionLinks[label]
  return section
    ? { label, kind: 'section', section, page: null, url: null }
    : { label, kind: 'page', page: pageId, section: null, url: null }
}

/** The sections of each "-" group: the first names the menu, the others and all links go under it. */
async function buildMenu(
  payload: Payload,
  req: PayloadRequest,
  written: Written[],
  sections: NavigationSection[],
): Promise<MenuEntry[]> {
  const groups = new Map<number, NavigationSection[]>()
  for (const section of sections) groups.set(section.group, [...(groups.get(section.group) ?? []), section])
  const menu: MenuEntry[] = []
  for (const [, [head, ...rest]] of groups) {
    const headId = await ensurePage(payload, req, written, head.title, null, head.intro)
    const children: MenuChild[] = []
    for (const section of rest) {
      const id = await ensurePage(payload, req, written, section.title, headId, section.intro)
      children.push(linkTo(section.title, id))
      for (const item of section.items) children.push(linkTo(item, await ensurePage(payload, req, written, item, id)))
    }
    for (const item of head.items) children.push(linkTo(item, await ensurePage(payload, req, written, item, headId)))
    menu.push({ ...linkTo(head.title, headId), children } as MenuEntry)
  }
  return menu
}

/** The same menu with its labels in one other language, row ids kept so the update translates, not replaces. */
function translatedMenu(stored: MenuEntry[], locale: OtherLocale, french: MenuEntry[]): MenuEntry[] {
  const label = (fr: string) => frameText(menuTranslations, fr, locale)
  return stored.map((entry, i) => ({
    ...entry,
    label: label(french[i]?.label ?? entry.label),
    children: (entry.children ?? []).map((child, j) => ({
      ...child,
      label: label(french[i]?.children?.[j]?.label ?? child.label),
    })),
  }))
}

export async function seedSiteStructure(payload: Payload, navigation: ParsedNavigation): Promise<Written[]> {
  const written: Written[] = []
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const french = await buildMenu(payload, req, written, navigation.sections)
    const common = { slug: 'navigation' as const, req, overrideAccess: true, depth: 0 }
    const current = await payload.findGlobal({ ...common, locale: 'fr', fallbackLocale: false })
    if (!holds(current.header, french))
      await payload.updateGlobal({ ...common, locale: 'fr', data: { header: french } })
    for (const locale of otherLocales) {
      const stored = (await payload.findGlobal({ ...common, locale, fallbackLocale: false })).header ?? []
      const wanted = translatedMenu(
        (await payload.findGlobal({ ...common, locale: 'fr' })).header ?? [],
        locale,
        french,
      )
      if (!holds(stored, wanted)) await payload.updateGlobal({ ...common, locale, data: { header: wanted } })
    }
    const whoWeAre = navigation.sections.find((s) => s.intro && s.group === 0)?.intro
    for (const locale of ['fr', 'en', 'es', 'ar'] as const) {
      const data = {
        ...organisation[locale],
        ...(whoWeAre ? { whoWeAre: frameText(introTranslations, whoWeAre, locale) } : {}),
      }
      const stored = await payload.findGlobal({
        slug: 'site',
        req,
        overrideAccess: true,
        locale,
        fallbackLocale: false,
      })
      if (!holds(stored, data)) await payload.updateGlobal({ slug: 'site', req, overrideAccess: true, locale, data })
    }
    await commitTransaction(req)
    return written
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
