/**
 * A page that draws the 404 itself is stored with status 404 (lib/cache/renderedStatus.mjs), after its
 * scripts are stripped (the handlers composed as lib/cache/cacheHandler.mjs composes them). The same on
 * the production server, first request and from the cache: tests/e2e/notFound.test.ts.
 */
import { describe, expect, test } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { NotFoundContent } from '@/components/layout/NotFoundContent'
import { NOT_FOUND_MARK, withRenderedStatus } from '@/lib/cache/renderedStatus.mjs'
import { withoutClientRuntime } from '@/lib/cache/withoutClientRuntime.mjs'

/** A cache handler that keeps what it is given, as Next's do. */
class Memory {
  entries = new Map<string, { status?: number; html: string }>()
  async set(key: string, data: { status?: number; html: string }) {
    this.entries.set(key, data)
  }
  async get(key: string) {
    const value = this.entries.get(key)
    return value === undefined ? null : { value, lastModified: 0 }
  }
}
const Cache = withoutClientRuntime(withRenderedStatus(Memory))

const runtime = (data: string) => `<script>self.__next_f.push([1,${JSON.stringify(data)}])</script>`
const page = (main: string, data = '') =>
  `<!DOCTYPE html><html lang="fr"><body><main>${main}</main>${runtime(data)}</body></html>`
const notFound = renderToStaticMarkup(createElement(NotFoundContent, { locale: 'fr' }))

/** A page's key as Next 16 gives it to the handler. */
const keyOf = (address: string) => `/route-cache/APP_PAGE/80ab9ce7/$${address}`

async function stored(html: string, status?: number, key = keyOf('/fr/_404')) {
  const cache = new Cache()
  const value = { kind: 'APP_PAGE', html, status }
  await cache.set(key, value)
  return { sent: value, kept: cache.entries.get(key) }
}

describe('withRenderedStatus', () => {
  test('the 404 the site draws carries the mark', () => {
    expect(notFound).toContain(NOT_FOUND_MARK)
  })

  test('a page showing the 404 is stored, and answered to the first visitor, with status 404', async () => {
    const { sent, kept } = await stored(page(notFound), 200)
    expect(kept?.status).toBe(404)
    // Next answers the first visitor from the value it stored.
    expect(sent.status).toBe(404)
    expect(kept?.html).not.toContain('__next_f')
  })

  test('the mark in the page’s data alone (an article quoting it) leaves the page a 200', async () => {
    const { kept } = await stored(page('<h1>How our 404 works</h1>', `<div ${NOT_FOUND_MARK}>`), 200)
    expect(kept?.status).toBe(200)
  })

  test('a 404 at an address with nothing at it is answered but not stored; the _404 page is', async () => {
    const { sent, kept } = await stored(page(notFound), 200, keyOf('/fr/news/no-such-release-123'))
    expect(sent.status).toBe(404)
    expect(kept).toBeUndefined()
    expect((await stored(page(notFound), 200, keyOf('/ar/_404'))).kept?.status).toBe(404)
    // Any other page is stored as before.
    expect((await stored(page('<h1>Actualités</h1>'), 200, keyOf('/fr/news/x'))).kept?.status).toBe(200)
  })

  test('a page without the mark, and a redirect, keep their status', async () => {
    expect((await stored(page('<h1>Actualités</h1>'))).kept?.status).toBeUndefined()
    expect((await stored(page(notFound), 308)).kept?.status).toBe(308)
  })
})
