/**
 * WCAG 2.2 AA as axe-core sees it: every page type in every locale at desktop width, and the rules
 * that depend on the layout (contrast, target size) again at phone width. A failure lists each
 * violation with its rule, the elements and the page, to fix in the components or the CSS.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { localeCodes, type LocaleCode } from '@/lib/i18n/locales'

import { launchBrowser, newPage } from './browser'
import { PAGE_KINDS, pathOf, sitePages, visit } from './sitePages'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const LAYOUT_RULES = ['color-contrast', 'target-size']

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[]; failureSummary?: string }[]
}

let browser: Browser
let desktop: Page
let phone: Page

beforeAll(async () => {
  browser = await launchBrowser()
  desktop = await newPage(browser)
  phone = await newPage(browser, { width: 390, height: 844 })
})
afterAll(async () => {
  await browser?.close()
})

/** Runs axe on the page as it is now; one line per violation: rule, impact, what to do, the page, and up to five elements. */
async function axeViolations(
  page: Page,
  options: { tags?: string[]; rules?: string[]; state?: string } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE })
  const runOnly = options.rules
    ? { type: 'rule', values: options.rules }
    : { type: 'tag', values: options.tags ?? WCAG_TAGS }
  const found = await page.evaluate(async (only) => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }
    ).axe
    return (await axe.run(document, { runOnly: only, resultTypes: ['violations'] })).violations
  }, runOnly)
  const where = `${new URL(page.url()).pathname}${new URL(page.url()).search}${options.state ? ` (${options.state})` : ''}`
  return (found as Violation[]).map((v) => {
    const targets = v.nodes
      .slice(0, 5)
      .map(
        (n) =>
          `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)})` : ''}`,
      )
    return `${v.id} [${v.impact}] on ${where}: ${v.help} — ${v.nodes.length} element(s): ${targets.join('; ')}`
  })
}

async function violationsOn(
  page: Page,
  path: string,
  options: { tags?: string[]; rules?: string[] } = {},
): Promise<string[]> {
  await visit(page, path)
  return axeViolations(page, options)
}

test('the check sees a violation when there is one', async () => {
  await visit(desktop, await pathOf('fr', 'home'))
  await desktop.evaluate(() =>
    document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/favicon.ico"><a href="/fr"></a>'),
  )
  const found = await axeViolations(desktop)
  expect(found.map((line) => line.split(' ')[0]).sort()).toEqual(['image-alt', 'link-name'])
})

describe.each(localeCodes)('%s', (locale: LocaleCode) => {
  test.each([...PAGE_KINDS])('%s has no WCAG 2.2 AA violation (1280 px)', async (kind) => {
    expect(await violationsOn(desktop, await pathOf(locale, kind), { tags: WCAG_TAGS })).toEqual([])
  })

  test('every page type keeps its contrast and target sizes at 390 px', async () => {
    const pages = await sitePages(locale)
    const found: string[] = []
    for (const kind of PAGE_KINDS) found.push(...(await violationsOn(phone, pages[kind], { rules: LAYOUT_RULES })))
    expect(found).toEqual([])
  })

  test('the header in its other states: skip link focused, the phone menu and each sub-menu open (1280 and 390 px)', async () => {
    const found: string[] = []
    for (const page of [desktop, phone]) {
      await visit(page, await pathOf(locale, 'home'))
      await page.keyboard.press('Tab')
      found.push(...(await axeViolations(page, { state: `${page.viewportSize()?.width} px, skip link focused` })))
      // On phones the menu is folded behind its toggle: open it first.
      const toggle = page.locator('.nav-toggle > summary')
      if (await toggle.isVisible()) {
        // From the keyboard: a click would land after the focused skip link's bar folds away.
        await toggle.focus()
        await page.keyboard.press('Enter')
        found.push(...(await axeViolations(page, { state: `${page.viewportSize()?.width} px, menu open` })))
      }
      const menus = page.locator('.main-nav details')
      const count = await menus.count()
      expect(count).toBeGreaterThan(0)
      for (let i = 0; i < count; i++) {
        await menus.nth(i).locator('summary').click()
        found.push(
          ...(await axeViolations(page, { state: `${page.viewportSize()?.width} px, sub-menu ${i + 1} open` })),
        )
      }
    }
    expect(found).toEqual([])
  })
})

// axe cannot tell which language a text is in (WCAG 3.1.2): the seeded menu is translated (seed/frameText.ts),
// and an entry an editor leaves untranslated is named by its title in its own language, marked as such.
test('in Arabic, menu entries written in another script carry their language', async () => {
  await visit(desktop, await pathOf('ar', 'home'))
  const entries = await desktop.locator('.main-nav a, .main-nav summary').evaluateAll((elements) =>
    elements.map((el) => ({
      text: (el.textContent ?? '').trim(),
      lang: el.closest('[lang]')?.getAttribute('lang') ?? '',
    })),
  )
  expect(entries.length).toBeGreaterThan(5)
  const latin = entries.filter((e) => /[A-Za-z]/.test(e.text))
  expect(latin.filter((e) => e.lang === 'ar')).toEqual([])
})
