import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'

import { adminKeysUsedIn, checkKeys, formatKeyReport, keysUsedIn } from '../../lib/i18n/checkKeys'
import { localeCodes } from '../../lib/i18n/locales'
import { frameTranslationGaps } from '../../seed/frameText'
import { parseSeedPage } from '../../seed/parser'

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

test('finds admin keys named as literals (label, text, tables of keys), not in comments, not undefined ones', () => {
  const defined = new Set(['admin:fields.title', 'admin:screens.scheduled.title', 'admin:options.regions.see-ee-ca'])
  expect(
    adminKeysUsedIn(
      `// label('fields.title')\nlabel('screens.scheduled.title'); const keys = { a: "options.regions.see-ee-ca" }; t('news.description')`,
      defined,
    ),
  ).toEqual(['admin:screens.scheduled.title', 'admin:options.regions.see-ee-ca'])
})

test('an admin key missing in Arabic is reported, and one no code names is unused', () => {
  const admin = (title: string) => ({ fields: { title, old: 'Old' }, validation: { phone: 'Phone' } })
  const root = project({
    'collections/Pages.ts': "label('fields.title'); text('validation.phone')",
    'locales/en/admin.json': JSON.stringify(admin('Title')),
    'locales/fr/admin.json': JSON.stringify(admin('Titre')),
    'locales/es/admin.json': JSON.stringify(admin('Título')),
    'locales/ar/admin.json': JSON.stringify({ fields: { old: 'قديم' }, validation: { phone: '' } }),
  })
  const report = checkKeys(root, localeCodes)
  expect(report.missing).toEqual({ ar: ['admin:fields.title', 'admin:validation.phone'] })
  expect(report.unused).toEqual(['admin:fields.old'])
})

test('this project: no interface string is missing in any locale (npm run i18n:check lists them)', () => {
  const report = checkKeys(process.cwd(), localeCodes)
  expect(report.missing).toEqual({})
})

describe('the seeded frame (seed/frameText.ts)', () => {
  test('every French text of the seed navigation has its English, Spanish and Arabic', () => {
    const folder = path.resolve('seed/pages')
    const first = readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()[0]
    const { navigation } = parseSeedPage(readFileSync(path.join(folder, first), 'utf8'))
    expect(navigation.sections.length).toBeGreaterThan(5)
    expect(frameTranslationGaps(navigation)).toEqual([])
  })

  test('a label or intro without translations is reported once per language', () => {
    const navigation = { sections: [{ group: 0, title: 'Nouvelle rubrique', intro: 'Un texte.', items: ['Agir'] }] }
    expect(frameTranslationGaps(navigation)).toEqual([
      'en: "Nouvelle rubrique"',
      'es: "Nouvelle rubrique"',
      'ar: "Nouvelle rubrique"',
      'en: "Un texte."',
      'es: "Un texte."',
      'ar: "Un texte."',
    ])
  })

  test('an office whose Arabic city is left in French, or whose Spanish name is missing, is reported', () => {
    const navigation = { sections: [] }
    const geneva = {
      name: { fr: 'Siège de l’OIM', en: 'IOM Headquarters', es: ' ', ar: 'مقر المنظمة الدولية للهجرة' },
      city: { fr: 'Genève', en: 'Geneva', es: 'Ginebra', ar: 'Genève' },
    }
    expect(frameTranslationGaps(navigation, [geneva])).toEqual([
      'es: "Siège de l’OIM"',
      'ar: "Genève" is "Genève", not Arabic',
    ])
    // The seeded offices are complete: each name and city in each language.
    expect(frameTranslationGaps(navigation)).toEqual([])
  })
})
