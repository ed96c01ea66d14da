import type { PressRelease } from '../../payload-types'

/** The stored shape of a Lexical rich-text field, as payload-types.ts declares it. */
export type RichText = NonNullable<PressRelease['body']>

interface TextNode {
  type: 'text'
  text: string
  format: number
  detail: number
  mode: 'normal'
  style: string
  version: 1
}

const textNode = (text: string): TextNode => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** Plain paragraphs as a Lexical document (what the admin's editor opens). */
export function richTextFromParagraphs(paragraphs: readonly string[], direction: 'ltr' | 'rtl' = 'ltr'): RichText {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction,
        textFormat: 0,
        textStyle: '',
        children: [textNode(text)],
      })),
    },
  }
}

interface AnyNode {
  type?: unknown
  text?: unknown
  children?: unknown
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

/** The text of a Lexical document, blocks separated by blank lines: for search, summaries and translation counts. */
export function plainTextFromRichText(value: RichText | null | undefined): string {
  if (!value?.root) return ''
  const blocks: string[] = []
  const walk = (node: AnyNode, into: string[]): void => {
    if (typeof node.text === 'string') into.push(node.text)
    if (node.type === 'linebreak') into.push('\n')
    if (Array.isArray(node.children)) for (const child of node.children) walk(child as AnyNode, into)
  }
  for (const child of value.root.children as AnyNode[]) {
    if (BLOCK_TYPES.has(String(child.type))) {
      const parts: string[] = []
      walk(child, parts)
      blocks.push(parts.join(''))
    } else walk(child, blocks)
  }
  return blocks.filter((b) => b.trim() !== '').join('\n\n')
}

/** Does the text open with `summary`? Imported pages often do: then a page does not print the summary twice. */
export function opensWith(value: RichText | null | undefined, summary: string): boolean {
  const norm = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 120)
  return norm(plainTextFromRichText(value)).startsWith(norm(summary))
}
