/**
 * Rich text ↔ XLIFF 2.0 inline markup. A Lexical document is cut into its text blocks (paragraphs,
 * headings, quotes, list items), one XLIFF segment each; inside a block, formatting and links become
 * paired codes (`<pc>`), line breaks and anything else placeholders (`<ph>`). A code's id points
 * back to the node of the *source* block, so the translation keeps the source's structure, link
 * targets and embedded items: translators move codes around their words, they cannot break them.
 */
import { escapeXml } from './xml'

export type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)

const childrenOf = (node: Node): Node[] => (Array.isArray(node.children) ? node.children.filter(isNode) : [])

/** Lexical's text format bits, each a paired code of type "fmt" (xlf:b, xlf:i, xlf:u are XLIFF's own names). */
const FORMAT_BITS: readonly { bit: number; subType: string }[] = [
  { bit: 1, subType: 'xlf:b' },
  { bit: 2, subType: 'xlf:i' },
  { bit: 8, subType: 'xlf:u' },
  { bit: 4, subType: 'lexical:strikethrough' },
  { bit: 16, subType: 'lexical:code' },
  { bit: 32, subType: 'lexical:subscript' },
  { bit: 64, subType: 'lexical:superscript' },
]

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'root'])

/** A block holds inline content when none of its children is itself a block. */
const isTextBlock = (node: Node): boolean =>
  node.type !== 'list' &&
  node.type !== 'root' &&
  BLOCK_TYPES.has(String(node.type)) &&
  !childrenOf(node).some((c) => BLOCK_TYPES.has(String(c.type)))

/** The text blocks of a document, in reading order (the same order on export and import). */
export function textBlocks(root: Node): Node[] {
  const blocks: Node[] = []
  const walk = (node: Node): void => {
    if (isTextBlock(node)) blocks.push(node)
    else if (BLOCK_TYPES.has(String(node.type))) childrenOf(node).forEach(walk)
  }
  walk(root)
  return blocks
}

/** What an inline code stands for in the source block. */
export type Code =
  | { element: 'pc'; kind: 'format'; bit: number }
  | { element: 'pc'; kind: 'link'; node: Node }
  | { element: 'ph'; node: Node }

export interface InlineSource {
  /** The block's content as XLIFF inline markup. */
  markup: string
  codes: Map<string, Code>
  /** Has the block any text to translate? */
  hasText: boolean
}

/** One block's inline content as XLIFF markup, with the table of its codes. */
export function blockToInline(block: Node): InlineSource {
  const codes = new Map<string, Code>()
  let next = 1
  let hasText = false
  const newId = (): string => String(next++)
  const render = (nodes: Node[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text' && typeof node.text === 'string') {
          if (node.text.trim() !== '') hasText = true
          const format = typeof node.format === 'number' ? node.format : 0
          return FORMAT_BITS.filter((f) => (format & f.bit) !== 0).reduceRight((inner, f) => {
            const id = newId()
            codes.set(id, { element: 'pc', kind: 'format', bit: f.bit })
            return `<pc id="${id}" type="fmt" subType="${f.subType}">${inner}</pc>`
          }, escapeXml(node.text))
        }
        if (node.type === 'link' || node.type === 'autolink') {
          const id = newId()
          codes.set(id, { element: 'pc', kind: 'link', node })
          return `<pc id="${id}" type="link">${render(childrenOf(node))}</pc>`
        }
        const id = newId()
        codes.set(id, { element: 'ph', node })
        return node.type === 'linebreak'
          ? `<ph id="${id}" type="fmt" subType="xlf:lb"/>`
          : `<ph id="${id}" type="other" disp="${escapeXml(String(node.type))}"/>`
      })
      .join('')
  // ids are given inside out for nested formats; render first, then the table is complete
  const markup = render(childrenOf(block))
  return { markup, codes, hasText }
}

/** Parsed inline content of a target: text, paired codes and placeholders. */
export type InlineItem =
  { text: string } | { element: 'pc'; id: string; children: InlineItem[] } | { element: 'ph'; id: string }

export class InlineError extends Error {}

/** Check a target's codes against the source's: each code once, the right kind, no link in a link. */
export function checkCodes(items: InlineItem[], codes: Map<string, Code>): void {
  const seen = new Set<string>()
  const walk = (list: InlineItem[], inLink: boolean): void => {
    for (const item of list) {
      if ('text' in item) continue
      const code = codes.get(item.id)
      if (!code) throw new InlineError(`inline code ${item.id} is not in the source`)
      if (seen.has(item.id)) throw new InlineError(`inline code ${item.id} appears twice`)
      seen.add(item.id)
      if (code.element !== item.element)
        throw new InlineError(`inline code ${item.id} must be <${code.element}>, not <${item.element}>`)
      if (item.element === 'pc') {
        const isLink = code.element === 'pc' && code.kind === 'link'
        if (isLink && inLink) throw new InlineError(`link ${item.id} is inside another link`)
        walk(item.children, inLink || isLink)
      }
    }
  }
  walk(items, false)
  const lost = [...codes.keys()].filter((id) => !seen.has(id))
  if (lost.length > 0)
    throw new InlineError(
      `inline code${lost.length > 1 ? 's' : ''} ${lost.join(', ')} of the source ${lost.length > 1 ? 'are' : 'is'} missing`,
    )
}

const textNode = (text: string, format: number): Node => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** The Lexical children of a translated block: the target's words with the source's codes. */
export function inlineToNodes(items: InlineItem[], codes: Map<string, Code>): Node[] {
  checkCodes(items, codes)
  const build = (list: InlineItem[], format: number): Node[] =>
    list.flatMap((item): Node[] => {
      if ('text' in item) return item.text === '' ? [] : [textNode(item.text, format)]
      const code = codes.get(item.id) as Code
      if (code.element === 'ph') return [structuredClone(code.node)]
      if (item.element !== 'pc') return []
      if (code.kind === 'format') return build(item.children, format | code.bit)
      return [{ ...structuredClone(code.node), children: build(item.children, format) }]
    })
  return build(items, 0)
}
