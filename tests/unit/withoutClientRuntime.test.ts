/**
 * Pages are stored in Next's cache without its client runtime (lib/cache/withoutClientRuntime.mjs):
 * what is removed, what is kept, and which entries are left alone. The same on real pages of the
 * production server: tests/e2e/pageCache.test.ts.
 */
import { describe, expect, test } from '@jest/globals'

import { stripClientRuntime, withoutClientRuntime } from '@/lib/cache/withoutClientRuntime.mjs'

const JSON_LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a </b> b"}</script>'
/** The shape of a page as Next 16 renders it (head hints, chunks, React's data, structured data). */
const PAGE = [
  '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
  '<script src="/_next/static/chunks/main-app-2.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills-3.js" noModule=""></script>',
  '<title>Actualités</title></head><body><main><h1>Actualités</h1>',
  JSON_LD,
  '<form action="/fr/search" method="get"><input name="q"/></form></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003c/script\\u003e"])</script>',
  '</body></html>',
].join('')

describe('stripClientRuntime', () => {
  test('removes the scripts and their hints, keeps the page, its styles and its structured data', () => {
    const html = stripClientRuntime(PAGE)
    expect(html).not.toContain('/_next/static/chunks/')
    expect(html).not.toContain('__next_f')
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).toContain(JSON_LD)
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>')
    expect(html).toContain('<form action="/fr/search" method="get"><input name="q"/></form>')
    expect(html.startsWith('<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>')).toBe(true)
    expect(html.endsWith('</main></body></html>')).toBe(true)
  })

  test('leaves a page without the runtime as it is', () => {
    const plain = `<html><body>${JSON_LD}<script>console.log(1)</script></body></html>`
    expect(stripClientRuntime(plain)).toBe(plain)
  })
})

/** A cache handler that keeps what it is given, as Next's do. */
class Memory {
  entries = new Map<string, unknown>()
  async set(key: string, data: unknown) {
    this.entries.set(key, data)
  }
  async get(key: string) {
    const value = this.entries.get(key)
    return value === undefined ? null : { value, lastModified: 0 }
  }
}
const Stripping = withoutClientRuntime(Memory)

describe('withoutClientRuntime', () => {
  test('stores a page answered 200 without the runtime, and serves it so', async () => {
    const cache = new Stripping()
    await cache.set('/fr/news', { kind: 'APP_PAGE', html: PAGE, rscData: Buffer.from('data'), status: 200 })
    const entry = (await cache.get('/fr/news')) as { value: { html: string; rscData: Buffer } }
    expect(entry.value.html).not.toContain('__next_f')
    expect(entry.value.html).toContain(JSON_LD)
    // The page's data for a client navigation is untouched.
    expect(entry.value.rscData.toString()).toBe('data')
  })

  test('serves a page stored before (by an older server, or the build) without the runtime', async () => {
    const cache = new Stripping()
    cache.entries.set('/fr', { kind: 'APP_PAGE', html: PAGE })
    const entry = (await cache.get('/fr')) as { value: { html: string } }
    expect(entry.value.html).not.toContain('__next_f')
  })

  test('keeps the scripts of a 404, a redirect and an error document drawn by script', async () => {
    const cache = new Stripping()
    const errorDocument = PAGE.replace('<html lang="fr">', '<html id="__next_error__">')
    await cache.set('/fr/news/page/999', { kind: 'APP_PAGE', html: PAGE, status: 404 })
    await cache.set('/fr/news/old', { kind: 'APP_PAGE', html: PAGE, status: 308 })
    await cache.set('/fr/news/gone', { kind: 'APP_PAGE', html: errorDocument })
    for (const key of ['/fr/news/page/999', '/fr/news/old', '/fr/news/gone'])
      expect(((await cache.get(key)) as { value: { html: string } }).value.html).toContain('__next_f')
  })

  test('leaves entries other than pages alone', async () => {
    const cache = new Stripping()
    const read = { kind: 'FETCH', data: { body: PAGE } }
    await cache.set('news:list', read)
    expect(await cache.get('news:list')).toEqual({ value: { kind: 'FETCH', data: { body: PAGE } }, lastModified: 0 })
  })
})
