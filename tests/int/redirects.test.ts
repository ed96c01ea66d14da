/**
 * Old addresses: a published document's slug change records where it was, per language; chains
 * collapse; a hand-made loop is refused with the chain; drafts record nothing. (The browser suite,
 * tests/e2e/redirects.test.ts, proves the same from the admin to the visitor's 301.)
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { resolveRedirect } from '../../lib/redirects/resolve'
import { siteOrigin } from '../../lib/site/routes'
import { makePressRelease, refusalOf } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

const target = async (path: string) => (await resolveRedirect(payload, path)).target

test('a slug changed twice sends every earlier address, in each language, to the current one', async () => {
  const release = await makePressRelease(payload, { title: 'Premier titre', slug: 'premier-titre' })
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'es',
    data: { title: 'Primer título', slug: 'primer-titulo', _status: 'published' },
  })
  const rename = (locale: 'fr' | 'es', slug: string) =>
    payload.update({ collection: 'press-releases', id: release.id, locale, data: { slug, _status: 'published' } })

  await rename('fr', 'deuxieme-titre')
  await rename('fr', 'troisieme-titre')
  // A draft's slug is no address yet: nothing is recorded for it.
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'fr',
    draft: true,
    data: { slug: 'brouillon-de-titre', _status: 'draft' },
  })

  expect(await target('/fr/news/premier-titre')).toBe('/fr/news/troisieme-titre')
  expect(await target('/fr/news/deuxieme-titre')).toBe('/fr/news/troisieme-titre')
  // English and Arabic show the French original under its slug: their old addresses moved with it.
  expect(await target('/en/news/premier-titre')).toBe('/en/news/troisieme-titre')
  expect(await target('/ar/news/deuxieme-titre')).toBe('/ar/news/troisieme-titre')
  // Spanish showed the original under its slug until translated: that address leads to the translation.
  expect(await target('/es/news/premier-titre')).toBe('/es/news/primer-titulo')
  expect(await target('/es/news/deuxieme-titre')).toBeUndefined()
  expect(await target('/fr/news/troisieme-titre')).toBeUndefined()

  await rename('es', 'segundo-titulo')
  expect(await target('/es/news/primer-titulo')).toBe('/es/news/segundo-titulo')

  // Back to an address it once had: that redirect is removed, the others lead to it.
  await rename('fr', 'premier-titre')
  expect(await target('/fr/news/premier-titre')).toBeUndefined()
  expect(await target('/fr/news/troisieme-titre')).toBe('/fr/news/premier-titre')
})

test('hand-made redirects: chains collapse, a loop is refused with its chain, a bad address with the reason', async () => {
  const make = (from: string, address: string) =>
    payload.create({ collection: 'redirects', data: { from, to: { kind: 'address', address } } })
  await make('/fr/ancienne-page', '/fr/page-intermediaire')
  // Pasted from the browser: the site's origin, a trailing slash and a query are dropped.
  await make(`${siteOrigin()}/fr/page-intermediaire/?x=1`, 'https://www.example.org/ailleurs')
  expect(await target('/fr/ancienne-page')).toBe('https://www.example.org/ailleurs')

  await make('/fr/a', '/fr/b')
  await make('/fr/b', '/fr/c')
  expect(await refusalOf(make('/fr/c', '/fr/a'))).toEqual([
    expect.stringMatching(/to\.address: .*\/fr\/c → \/fr\/a → \/fr\/b → \/fr\/c/),
  ])
  expect(await refusalOf(make('/fr/c', '/fr/c/'))).toEqual([expect.stringMatching(/to\.address: .*itself/)])
  expect(await refusalOf(make('fr/news/sans-barre', '/fr/b'))).toEqual([
    expect.stringMatching(/^from: .*not an address of this site/),
  ])
  expect(await refusalOf(make('/xx/news/langue-inconnue', '/fr/b'))).toEqual([expect.stringMatching(/^from: /)])
})
