import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@jest/globals'

import { checkKeys, formatKeyReport, keysUsedIn } from '../../lib/i18n/checkKeys'
import { localeCodes } from '../../lib/i18n/locales'

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'i18n-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

test('finds keys in t() calls and i18nKey, not in comments', () => {
  expect(
    keysUsedIn(
      `// t('commented')\nconst a = t('latestNews'); t("nav:menu.open", { x }); <Trans i18nKey="readMore" />; t(\`dynamic.\${x}\`)`,
    ),
  ).toEqual(['common:latestNews', 'nav:menu.open', 'common:readMore'])
})

test('lists missing keys per locale, empty strings included, and unused keys', () => {
  const root = project({
    'app/page.tsx': "t('hello'); t('nav:menu.open')",
    'locales/en/common.json': JSON.stringify({ hello: 'Hello', old: 'Old' }),
    'locales/en/nav.json': JSON.stringify({ menu: { open: 'Open' } }),
    'locales/fr/common.json': JSON.stringify({ hello: 'Bonjour', old: 'Vieux' }),
    'locales/fr/nav.json': JSON.stringify({ menu: { open: '' } }),
  })
  const report = checkKeys(root, ['en', 'fr', 'es'])
  expect(report.missing).toEqual({ fr: ['nav:menu.open'], es: ['common:hello', 'common:old', 'nav:menu.open'] })
  expect(report.unused).toEqual(['common:old'])
  expect(formatKeyReport(report)).toContain('Missing in es (3):\n  common:hello')
})

test('this project: no interface string is missing in any locale (npm run i18n:check lists them)', () => {
  const report = checkKeys(process.cwd(), localeCodes)
  expect(report.missing).toEqual({})
})
