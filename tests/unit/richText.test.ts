import { expect, test } from '@jest/globals'

import { plainTextFromRichText, richTextFromParagraphs } from '../../lib/text/richText'

test('paragraphs survive a round trip through Lexical JSON', () => {
  const paragraphs = ['Genève est le siège.', '« Citation » avec des espaces insécables.', 'المنظمة الدولية للهجرة']
  const doc = richTextFromParagraphs(paragraphs)
  expect(doc.root.children).toHaveLength(3)
  expect(doc.root.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: paragraphs[0] }] })
  expect(plainTextFromRichText(doc)).toBe(paragraphs.join('\n\n'))
})

test('empty or missing rich text is empty text', () => {
  expect(plainTextFromRichText(null)).toBe('')
  expect(plainTextFromRichText(richTextFromParagraphs([]))).toBe('')
})
