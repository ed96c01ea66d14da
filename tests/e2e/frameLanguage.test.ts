/**
 * The frame of the English, Spanish and Arabic site speaks the page's language: the header menu,
 * the home page's opening and the footer carry no French, and no French anywhere on the page stands
 * outside an element marked `lang="fr"` (documents not yet translated are shown in French, marked).
 * French is recognised as the seeded frame's French texts (seed/frameText.ts and the site settings), and
 * the offices' French names and cities (seed/gazetteer.ts) on the offices list.
 */
import { describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import type { LocaleCode } from '@/lib/i18n/locales'
import { officeGazetteer } from '@/seed/gazetteer'
import { introTranslations, menuTranslations, organisation, type OtherLocale } from '@/seed/frameText'

import { baseURL, browserForFile } from './browser'

const browser = browserForFile()

/** The frame's French texts that differ from their translation into `locale` (a shared word like "Structure" is not French). */
function frenchOf(locale: OtherLocale): string[] {
  const pairs: [string, string][] = [
    ...Object.entries(menuTranslations).map(([fr, t]): [string, string] => [fr, t[locale]]),
    ...Object.entries(introTranslations).map(([fr, t]): [string, string] => [fr, t[locale]]),
    ...Object.entries(organisation.fr).map(([key, fr]): [string, string] => [
      fr,
      organisation[locale][key as keyof typeof organisation.fr],
    ]),
  ]
  return pairs.filter(([fr, translated]) => fr !== translated).map(([fr]) => fr)
}

/** Texts drawn on the page, each with whether it stands inside an element marked French. */
function drawnTexts(p: Page, selector: string) {
  return p.locator(selector).evaluateAll((roots) =>
    roots.flatMap((root) => {
      const texts: { text: string; markedFrench: boolean }[] = []
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? ''
        const parent = node.parentElement
        if (!text || !parent || parent.closest('script, style, template')) continue
        texts.push({ text, markedFrench: parent.closest('[lang]')?.getAttribute('lang') === 'fr' })
      }
      return texts
    }),
  )
}

describe.each(['en', 'es', 'ar'] as OtherLocale[])('/%s', (locale: LocaleCode & OtherLocale) => {
  const french = frenchOf(locale)
  const isFrench = (text: string) => french.some((fr) => text.includes(fr))

  test('header, home opening and footer are all in the page language', async () => {
    const page = await browser.open()
    await page.goto(`${baseURL()}/${locale}`)
    expect(await page.locator('html').getAttribute('lang')).toBe(locale)
    const frame = 'body > header, .site-header, .home-intro, footer'
    // Nothing in the frame is marked French but the language switcher's own «Français».
    expect(await page.locator(frame).locator('[lang="fr"]:not([hreflang])').count()).toBe(0)
    const texts = await drawnTexts(page, frame)
    expect(texts.length).toBeGreaterThan(10)
    expect(texts.filter((t) => isFrench(t.text)).map((t) => t.text)).toEqual([])
  })

  test('the menu’s pages are translated: no unmarked French on them', async () => {
    const page = await browser.open()
    await page.goto(`${baseURL()}/${locale}`)
    // The pages of the first sub-menu ("Who we are" and those under it).
    const hrefs = await page
      .locator('.main-nav details[name="main-menu"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.length).toBeGreaterThan(3)
    for (const href of hrefs.slice(0, 2)) {
      await page.goto(`${baseURL()}${href}`)
      const texts = await drawnTexts(page, 'body')
      expect({ href, french: texts.filter((t) => isFrench(t.text) && !t.markedFrench).map((t) => t.text) }).toEqual({
        href,
        french: [],
      })
      expect(await page.locator('main h1').getAttribute('lang')).toBeNull()
    }
  })

  test('the offices list names offices, cities and countries in the page language', async () => {
    const page = await browser.open()
    await page.goto(`${baseURL()}/${locale}/offices`)
    const frenchPlaces = officeGazetteer.flatMap((office) =>
      [office.name, office.city].filter((names) => names.fr !== names[locale]).map((names) => names.fr),
    )
    // No seeded office in French, marked or not (an office other journeys add in French only is
    // shown marked, as any untranslated document).
    const texts = await drawnTexts(page, 'main')
    expect(texts.filter((t) => frenchPlaces.includes(t.text)).map((t) => t.text)).toEqual([])
    // The headquarters: the city from the seed, the country from Intl.DisplayNames.
    const geneva = { en: 'Geneva, Switzerland', es: 'Ginebra, Suiza', ar: 'جنيف، سويسرا' }[locale]
    await expect(page.locator('main .office-list .meta').first().textContent()).resolves.toContain(geneva)
  })
})
