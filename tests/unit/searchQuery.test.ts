import { expect, test } from '@jest/globals'

import { foldText, foldWithOrigin } from '../../lib/search/fold'
import { ftsMatchExpression, queryTerms } from '../../lib/search/queryTerms'
import { excerpt, shownText, termMarks } from '../../lib/search/snippet'
import { badQueries } from '../support/searchBadQueries'

const fts = (query: string) => ftsMatchExpression(queryTerms(query))

test('words, phrases and the last word as a prefix, folded', () => {
  expect(fts('Santé MIGRANTS')).toBe('"sante" "migrants"*')
  expect(fts('"politique de santé" genève')).toBe('"politique de sante" "geneve"*')
  expect(fts('"politique de santé"')).toBe('"politique de sante"')
  expect(fts("l'Œuvre")).toBe('"l oeuvre"*')
  expect(fts('الهِجْرَةُ')).toBe('"الهجره"*')
  // A one-letter last word is not a prefix (it would match most of the archive).
  expect(fts('vitamine a')).toBe('"vitamine" "a"')
})

test('FTS syntax in the query is text: no operator, column, star or NEAR reaches the index', () => {
  expect(fts('santé OR migration NOT x')).toBe('"sante" "or" "migration" "not" "x"')
  // Punctuation inside a word joins its pieces into a phrase, as in l'homme.
  expect(fts('NEAR(a b, 3)')).toBe('"near a" "b" "3"')
  expect(fts('title: santé*')).toBe('"title" "sante"')
  expect(fts('"unclosed phrase')).toBe('"unclosed" "phrase"*')
  expect(fts('*')).toBe('')
  for (const [, query] of badQueries) expect(fts(query)).toMatch(/^("[\p{L}\p{N}\p{Co} ]+"\*? ?)*$/u)
})

test('whole-string folding equals the per-character folding the highlights map back through', () => {
  for (const text of ['Réinstallation à GENÈVE', 'L’Œuvre  d’accueil\n\tß', 'الهِجْرَةُ والتنمية ـــ إطلاق', 'ﬁn ½ Ⅻ'])
    expect(foldText(text)).toBe(foldWithOrigin(text).text)
})

test('highlights land on whole words of the original, vowel marks included, as the index matches them', () => {
  const original = 'الهِجْرَةُ الآمنة'
  const [[start, end]] = termMarks(original, queryTerms('الهجرة '))
  expect(original.slice(start, end)).toBe('الهِجْرَةُ')
  const marked = (text: string, query: string) => termMarks(text, queryTerms(query)).map(([s, e]) => text.slice(s, e))
  // Whole words, not letters inside others; the last word as a prefix; a phrase's words in order only.
  expect(marked('Santé des partis, la SANTÉ.', 'art sante ')).toEqual(['Santé', 'SANTÉ'])
  expect(marked('Réinstallation et réinsertion', 'réins')).toEqual(['Réinstallation', 'réinsertion'])
  expect(marked('voies sûres, migration sûre, voies de migration sûres', '"migration sûres"')).toEqual([
    'migration',
    'sûres',
  ])
  const long = `${'mot '.repeat(100)}cible ${'mot '.repeat(100)}`
  const at = long.indexOf('cible')
  const cut = excerpt(long, [[at, at + 5]], 80)
  expect(cut.marks.map(([s, e]) => cut.text.slice(s, e))).toEqual(['cible'])
})

test('a result shows its summary when it matches, else the body around its match, else the summary; the body read only when needed', () => {
  const terms = queryTerms('santé')
  const read: string[] = []
  const marksOf = (text: string) => {
    read.push(text)
    return termMarks(text, terms)
  }
  const body = `${'Un long texte. '.repeat(40)}La santé des migrants.`
  expect(shownText('Santé et migration', body, marksOf)).toEqual({ text: 'Santé et migration', marks: [[0, 5]] })
  expect(read).toEqual(['Santé et migration'])
  const fromBody = shownText('Un résumé', body, marksOf)
  expect(fromBody.text.endsWith('La santé des migrants.')).toBe(true)
  expect(fromBody.marks.map(([s, e]) => fromBody.text.slice(s, e))).toEqual(['santé'])
  expect(shownText('Un résumé', 'Rien ici.', marksOf)).toEqual({ text: 'Un résumé', marks: [] })
  expect(shownText('', 'La santé.', marksOf)).toEqual({ text: 'La santé.', marks: [[3, 8]] })
})

test('a long body is read a part at a time to its first match: the same excerpt and marks as reading it whole', () => {
  const filler = (n: number) => 'Des mots sans rapport, encore et encore. '.repeat(n)
  const whole = (body: string, query: string) => excerpt(body, termMarks(body, queryTerms(query)))
  const cases: [string, string][] = [
    [`${filler(2)}La santé des migrants, la santé pour tous.${filler(300)}`, 'santé'],
    [`${filler(200)}Une politique de santé publique.${filler(5)}`, 'santé publique'],
    [`${filler(400)}La santé enfin, et santé encore.`, 'sant'],
    [`${filler(300)}« politique de santé » partout.${filler(50)}`, '"politique de santé"'],
    [`${filler(100)}تعزيز الصِّحَّة العامة للمهاجرين.${filler(100)}`, 'الصحه'],
  ]
  // Every place of a phrase across the border of two parts, too.
  for (let shift = 0; shift < 60; shift += 7)
    cases.push([
      `${'x'.repeat(shift)} ${filler(36)}des mots sans rapport politique de santé. ${filler(80)}`,
      '"rapport politique de santé"',
    ])
  for (const [body, query] of cases) {
    const expected = whole(body, query)
    expect([query, expected.marks.length > 0]).toEqual([query, true])
    expect(shownText('Un résumé', body, (text) => termMarks(text, queryTerms(query)))).toEqual(expected)
  }
  // No match anywhere in a long body: the summary.
  expect(shownText('Un résumé', filler(300), (text) => termMarks(text, queryTerms('santé')))).toEqual({
    text: 'Un résumé',
    marks: [],
  })
})
