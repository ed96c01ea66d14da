/**
 * Which addresses a publish purges from the caching proxy: the pages among Next's cache keys (its
 * route-cache keys, next/dist/server/lib/route-cache-key.js), in the form browsers ask for them.
 */
import { describe, expect, test } from '@jest/globals'

import { pagePaths, purgeTargets } from '../../lib/cache/proxyPurge.mjs'

const routeKey = (kind: string, address: string) => `/route-cache/${kind}/3fc033a2434377/$${address}`

describe('pagePaths', () => {
  test('the address of each page and route key, and nothing of the data keys', () => {
    expect(
      pagePaths([
        routeKey('APP_PAGE', '/fr/news'),
        routeKey('APP_PAGE', '/fr/news/la-sante-des-migrants'),
        routeKey('APP_ROUTE', '/fr/news/rss.xml'),
        'd74541ed7af65d08460250909c4eeccda82a5712956476af0edf8407d244d597',
      ]),
    ).toEqual(['/fr/news', '/fr/news/la-sante-des-migrants', '/fr/news/rss.xml'])
  })

  test('the site root, which Next stores as /index, and an address that starts with /index', () => {
    expect(pagePaths([routeKey('APP_PAGE', '/index'), routeKey('APP_PAGE', '/index/index')])).toEqual(['/', '/index'])
  })

  test('addresses percent-encoded as browsers send them, whether stored decoded or encoded', () => {
    const encoded = '/ar/news/%D8%A7%D9%84%D8%B5%D8%AD%D8%A9'
    expect(pagePaths([routeKey('APP_PAGE', '/ar/news/الصحة'), routeKey('APP_PAGE', encoded)])).toEqual([encoded])
  })
})

describe('purgeTargets', () => {
  test('one or several proxies, without trailing slashes; none when unset', () => {
    expect(purgeTargets('http://nginx:8081/, http://10.0.0.2:8081')).toEqual([
      'http://nginx:8081',
      'http://10.0.0.2:8081',
    ])
    expect(purgeTargets(undefined)).toEqual([])
    expect(purgeTargets(' ')).toEqual([])
  })
})
