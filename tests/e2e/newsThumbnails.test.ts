/**
 * The news list shows each release's picture, small, beside its card (the seed illustrates its
 * releases): the media collection's 400 × 300 WebP crop, loaded lazily, decorative (the linked title
 * says what it is), at most 8rem wide, in French and Arabic, at desktop and phone widths. A release
 * without a picture keeps a plain card. The list stays light: the pictures' bytes are counted.
 */
import { tmpdir } from 'node:os'

import { describe, expect, test } from '@jest/globals'

import { baseURL, browserForFile } from './browser'

const browser = browserForFile()

describe.each([
  ['fr', { width: 1280, height: 900 }],
  ['ar', { width: 360, height: 740 }],
] as const)('/%s/news at %o', (locale, viewport) => {
  test('cards of illustrated releases show the picture small; the others none', async () => {
    const page = await browser.open(viewport)
    await page.goto(`${baseURL()}/${locale}/news`)
    const cards = page.locator('main .cards > li')
    const thumbnails = page.locator('main .cards > li img.card-thumbnail')
    expect(await thumbnails.count()).toBeGreaterThan(0)
    const plain = await cards.evaluateAll((items) => items.filter((li) => !li.querySelector('img')).length)
    expect(await cards.count()).toBe((await thumbnails.count()) + plain)
    const first = thumbnails.first()
    await first.scrollIntoViewIfNeeded()
    await first.evaluate((img: HTMLImageElement) => img.decode())
    const shown = await first.evaluate((img: HTMLImageElement) => ({
      src: new URL(img.currentSrc).pathname,
      srcset: img.getAttribute('srcset'),
      alt: img.getAttribute('alt'),
      loading: img.getAttribute('loading'),
      natural: [img.naturalWidth, img.naturalHeight],
      width: img.getBoundingClientRect().width,
    }))
    expect(shown).toMatchObject({ alt: '', loading: 'lazy', natural: [400, 300], srcset: null })
    expect(shown.src).toMatch(/^\/api\/media\/file\/.+-400x300\.webp$/)
    expect(shown.width).toBeGreaterThan(40)
    expect(shown.width).toBeLessThanOrEqual(128)
    // Beside the text, not above or under it: level with the card's first line, at the inline end.
    const text = await page.locator('main .cards > li.with-thumbnail > div').first().boundingBox()
    const title = await page.locator('main .cards > li.with-thumbnail h2').first().boundingBox()
    const picture = await first.boundingBox()
    if (!text || !title || !picture) throw new Error('card not laid out')
    expect(Math.abs(text.y - picture.y)).toBeLessThan(10)
    if (locale === 'ar') expect(picture.x + picture.width).toBeLessThanOrEqual(title.x + 1)
    else expect(picture.x).toBeGreaterThanOrEqual(title.x + title.width - 1)

    const bytes = await Promise.all(
      (await thumbnails.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src))).map(async (src) => {
        const response = await fetch(src)
        return (await response.arrayBuffer()).byteLength
      }),
    )
    const total = bytes.reduce((sum, b) => sum + b, 0)
    console.log(`e2e: /${locale}/news: ${bytes.length} thumbnails, ${Math.round(total / 1024)} kB in all`)
    expect(Math.max(...bytes)).toBeLessThan(40_000)
    await page.screenshot({ path: `${tmpdir()}/passerelle-news-thumbnails-${locale}.png` })
  })
})
