/** The original text shown above the form when a document is opened in another language. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload, UIFieldServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { SourceTextField } from '../../translation/admin/SourceTextField'
import type { User } from '../../payload-types'
import { makePressRelease, makeUser } from './fixtures'
import { startPayload, stopPayload } from './payloadHarness'

let payload: Payload
let translator: User
let id: number

beforeAll(async () => {
  payload = await startPayload()
  translator = await makeUser(payload, 'translator', ['es'])
  id = (await makePressRelease(payload, { title: 'Le Conseil ouvre sa session', status: 'draft' })).id
})
afterAll(() => stopPayload(payload))

/** The props the edit view gives a UI field's server component, as far as it reads them. */
const render = async (locale: string, user: User | null, adminLanguage = 'en') => {
  const props = {
    id,
    collectionSlug: 'press-releases',
    data: { sourceLocale: 'fr' },
    payload,
    req: { locale, user, payload, i18n: { language: adminLanguage } },
  }
  const element = await SourceTextField(props as unknown as UIFieldServerProps)
  return element ? renderToStaticMarkup(element) : ''
}

test('in another language: the original title, summary and text, marked as French, with a link to it', async () => {
  const markup = await render('es', translator)
  expect(markup).toContain('Original text (Français)')
  expect(markup).toContain('<dd lang="fr" dir="ltr">Le Conseil ouvre sa session</dd>')
  expect(markup).toContain('Résumé de Le Conseil ouvre sa session')
  expect(markup).toContain('Texte de Le Conseil ouvre sa session.')
  expect(markup).toContain(`href="/admin/collections/press-releases/${id}?locale=fr"`)
  expect(await render('es', translator, 'fr')).toContain('Texte original (Français)')
})

test('nothing in the document’s own language, and nothing for someone who may not read the draft', async () => {
  expect(await render('fr', translator)).toBe('')
  expect(await render('es', null)).toBe('')
})
