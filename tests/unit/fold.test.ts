import { expect, test } from '@jest/globals'

import {
  foldedMatches,
  foldForSearch,
  foldText,
  foldWithOrigin,
  includesFolded,
  queryWords,
} from '../../lib/search/fold'

const marked = (text: string, query: string) => foldedMatches(text, query).map(([start, end]) => text.slice(start, end))

test('folding drops case, accents, ligatures and Arabic vowel marks, and unifies spaces', () => {
  expect(foldForSearch('  Réinstallation   des\nRÉFUGIÉS ')).toBe('reinstallation des refugies')
  expect(foldForSearch('Acción Œuvre Straße')).toBe('accion oeuvre strasse')
  // Fatha, damma, shadda and hamza forms: الهِجْرَة / أمن / إدارة / آمن
  expect(foldForSearch('الهِجْرَة')).toBe(foldForSearch('الهجره'))
  expect(foldForSearch('أمن إدارة آمن')).toBe('امن اداره امن')
  expect(foldForSearch('مستشفى')).toBe('مستشفي')
})

test('a query matches whatever accents either side was typed with', () => {
  expect(includesFolded('La santé des migrants', 'SANTE')).toBe(true)
  expect(includesFolded('La sante des migrants', 'santé')).toBe(true)
  expect(includesFolded('La santé des migrants', 'santé réfugiés')).toBe(false)
  expect(includesFolded('Anything', '  ')).toBe(false)
  expect(queryWords(' Santé  Migrants ')).toEqual(['sante', 'migrants'])
})

test('matches map back onto the original text, marks included', () => {
  expect(marked('La Santé des migrants et la santé publique', 'sante')).toEqual(['Santé', 'santé'])
  // A decomposed é (e + combining acute) is kept whole in the mark.
  expect(marked('sante\u0301 pour tous', 'santé')).toEqual(['sante\u0301'])
  expect(marked('تعزيز الهِجْرَة الآمنة', 'الهجرة')).toEqual(['الهِجْرَة'])
  expect(marked('œuvre', 'oeuvre')).toEqual(['œuvre'])
})

test('every word of the query is marked, overlapping matches merged', () => {
  expect(marked('Migrants et migration', 'migra migrants')).toEqual(['Migrants', 'migra'])
  expect(marked('abcabc', 'abc bca')).toEqual(['abcabc'])
  expect(marked('nothing here', 'absent')).toEqual([])
})

test('the indexing fold (whole strings, ASCII without normalising) gives what the query fold gives', () => {
  for (const text of [
    'Plain ASCII,\ttwo  spaces\nand CAPITALS',
    'Réinstallation des RÉFUGIÉS',
    'الهِجْرَة مستشفى',
    'Œuvre\u00a0Straße',
  ])
    expect(foldText(text)).toBe(foldWithOrigin(text).text)
})
