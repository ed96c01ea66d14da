/**
 * Keyboard only, on every page type in French and Arabic: the first Tab reaches a visible skip link
 * that moves focus to the main content; Tab then visits every control with a visible focus
 * indicator, the language switcher and the main menu among them; Enter on a link follows it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import type { LocaleCode } from '@/lib/i18n/locales'
import { sectionHref } from '@/lib/site/routes'

import { baseURL, collectPageErrors, launchBrowser, newPage } from './browser'
import { PAGE_KINDS, pathOf, visit, type PageKind } from './sitePages'

/** What the test needs to know about the focused element, read in the page. */
interface Focused {
  tag: string
  name: string
  href: string | null
  /** The closest landmark or widget it sits in: `skip`, `languages`, `main-nav`, `main`… */
  region: string
  visible: boolean
  indicator: boolean
}

/** More Tab presses than any page has controls: a walk that gets here is stuck. */
const MAX_TABS = 250

let browser: Browser
let page: Page
let errors: string[]

beforeAll(async () => {
  browser = await launchBrowser()
  page = await newPage(browser)
  // Without smooth scrolling, a control is on screen as soon as it has focus (not after the animation).
  await page.emulateMedia({ reducedMotion: 'reduce' })
  errors = collectPageErrors(page)
})
afterAll(async () => {
  await browser?.close()
})

function focused(p: Page): Promise<Focused | null> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body || el === document.documentElement) return null
    const style = getComputedStyle(el)
    const rect = el.getBoundingClientRect()
    const region = el.classList.contains('skip-link')
      ? 'skip'
      : el.closest('.languages')
        ? 'languages'
        : el.closest('.main-nav')
          ? 'main-nav'
          : el.closest('.site-search')
            ? 'search'
            : el.closest('.brand')
              ? 'brand'
              : el.closest('main')
                ? 'main'
                : el.closest('footer')
                  ? 'footer'
                  : 'other'
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    // An indicator is what focus adds: an outline or shadow the element does not have unfocused.
    const unfocused = (window as unknown as { __unfocused?: WeakMap<Element, string> }).__unfocused?.get(el)
    const changed =
      unfocused === undefined || unfocused !== `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).placeholder || '')
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 60),
      href: el.getAttribute('href'),
      region,
      visible:
        rect.width > 0 &&
        rect.height > 0 &&
        rect.bottom > 0 &&
        rect.top < innerHeight &&
        rect.right > 0 &&
        rect.left < innerWidth,
      indicator: (outline || shadow) && changed,
    }
  })
}

/** Records every control's outline and shadow before anything has focus, for `focused` to compare. */
function recordUnfocusedStyles(p: Page): Promise<void> {
  return p.evaluate(() => {
    const styles = new WeakMap<Element, string>()
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')) {
      const style = getComputedStyle(el)
      styles.set(el, `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`)
    }
    ;(window as unknown as { __unfocused?: WeakMap<Element, string> }).__unfocused = styles
  })
}

/** Tab from the top of a freshly loaded page until focus leaves the document or comes back round. */
async function walk(p: Page): Promise<Focused[]> {
  await recordUnfocusedStyles(p)
  const seen: Focused[] = []
  for (let i = 0; i < MAX_TABS; i++) {
    await p.keyboard.press('Tab')
    const now = await focused(p)
    if (!now || (seen.length > 0 && now.region === 'skip')) return seen
    seen.push(now)
  }
  throw new Error(`more than ${MAX_TABS} Tab stops on ${p.url()}: focus is trapped`)
}

/** Presses Tab until the focused link goes to `href`, then Enter; returns once the new page has loaded. */
async function followWithKeyboard(p: Page, href: string): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    await p.keyboard.press('Tab')
    if ((await p.evaluate(() => document.activeElement?.getAttribute('href'))) === href) {
      await Promise.all([p.waitForURL((url) => url.pathname === href), p.keyboard.press('Enter')])
      return
    }
  }
  throw new Error(`no link to ${href} reached with Tab on ${p.url()}`)
}

/** A section of the main menu other than the page's own. */
function otherSection(kind: PageKind): 'news' | 'events' {
  return kind.startsWith('news') ? 'events' : 'news'
}

describe.each(['fr', 'ar'] as LocaleCode[])('%s', (locale) => {
  test.each([...PAGE_KINDS])(
    '%s: skip link, visible focus everywhere, menus reachable, Enter follows a link',
    async (kind) => {
      const path = await pathOf(locale, kind)
      await visit(page, path)

      // The first Tab: the skip link, on screen, with an indicator; Enter moves focus to <main>.
      await page.keyboard.press('Tab')
      const skip = await focused(page)
      expect(skip).toMatchObject({ region: 'skip', visible: true, indicator: true })
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
      // From <main>, the next Tab stays in the content (or, on a page without controls, the footer).
      await page.keyboard.press('Tab')
      expect(['main', 'footer']).toContain((await focused(page))?.region)

      // The whole Tab order from the top: every stop visible and marked.
      await visit(page, path)
      const stops = await walk(page)
      const unmarked = stops
        .filter((s) => !s.visible || !s.indicator)
        .map((s) => `${s.tag} "${s.name}" (${s.region}) visible=${s.visible} indicator=${s.indicator}`)
      expect(unmarked).toEqual([])
      expect(stops.filter((s) => s.region === 'languages').map((s) => s.href)).toHaveLength(4)
      const menu = stops.filter((s) => s.region === 'main-nav')
      for (const section of ['news', 'events', 'programmes', 'offices'] as const)
        expect(menu.map((s) => s.href)).toContain(sectionHref(section, locale))
      expect(menu.some((s) => s.tag === 'summary')).toBe(true)

      // Enter on a main-menu link goes there.
      await visit(page, path)
      await followWithKeyboard(page, sectionHref(otherSection(kind), locale))
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale)
      expect(errors).toEqual([])
    },
  )

  test('a sub-menu opens with Enter and its links follow with Enter; the language switcher changes language', async () => {
    await visit(page, await pathOf(locale, 'home'))
    // Tab to the first sub-menu's summary, open it, Tab into it, follow its first link.
    let summary: Focused | null = null
    for (let i = 0; i < MAX_TABS && summary?.tag !== 'summary'; i++) {
      await page.keyboard.press('Tab')
      summary = await focused(page)
    }
    expect(summary).toMatchObject({ tag: 'summary', region: 'main-nav', indicator: true })
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    const child = await focused(page)
    expect(child).toMatchObject({ tag: 'a', region: 'main-nav', visible: true, indicator: true })
    const href = child?.href ?? ''
    await Promise.all([page.waitForURL((url) => url.pathname === href), page.keyboard.press('Enter')])
    await page.locator('main h1').first().waitFor()

    // The language switcher: the same page in the other language.
    const other: LocaleCode = locale === 'fr' ? 'ar' : 'fr'
    const target = await page.locator(`.languages a[hreflang="${other}"]`).getAttribute('href')
    expect(target).toMatch(new RegExp(`^/${other}/`))
    await followWithKeyboard(page, target ?? '')
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      other,
      other === 'ar' ? 'rtl' : 'ltr',
    ])
    expect(new URL(page.url()).href).toBe(`${baseURL()}${target}`)
    expect(errors).toEqual([])
  })
})

describe('on a phone (390 px)', () => {
  test.each(['fr', 'ar'] as const)(
    '%s: the header stays short, and the menu opens from its toggle with the keyboard',
    async (locale) => {
      const phone = await newPage(browser, { width: 390, height: 844 })
      try {
        await phone.emulateMedia({ reducedMotion: 'reduce' })
        await visit(phone, await pathOf(locale, 'home'))
        const header = await phone.locator('.site-header').boundingBox()
        expect(header?.height ?? Infinity).toBeLessThan(260)
        const firstSection = phone.locator('.main-nav > ul > li > a').first()
        expect(await firstSection.isVisible()).toBe(false)
        await phone.locator('.nav-toggle > summary').focus()
        await phone.keyboard.press('Enter')
        expect(await firstSection.isVisible()).toBe(true)
        await phone.keyboard.press('Tab')
        expect(await phone.evaluate(() => document.activeElement?.closest('.main-nav') !== null)).toBe(true)
        await phone.keyboard.press('Enter')
        await phone.waitForURL((url) => url.pathname === sectionHref('news', locale))
      } finally {
        await phone.close()
      }
    },
  )
})
