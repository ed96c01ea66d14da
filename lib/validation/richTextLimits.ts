/**
 * How much rich text one field may hold. Payload walks a Lexical document several times per save
 * (hooks, validation, the search text, reading it back), and the cost grew faster than its size: a
 * 1 MB body held the server for 2.9 s, 10 MB for 3.4 minutes. The cost follows the nodes more than
 * the characters (measured on the production build: 2,000 nodes 0.5 s, 10,000 nodes 1.6 s), so
 * 4,000 nodes and 100,000 characters keep an accepted save well under two seconds — about forty
 * printed pages, far above the longest page the organisation publishes. A collection may set its
 * own on the field: `custom: { richTextLimits: { … } }`.
 */
export interface RichTextLimits {
  /** Characters of text in all. */
  characters: number
  /** Nodes (paragraphs, headings, text runs, links, list items…). */
  nodes: number
  /** Nesting of nodes below the root (lists in lists, links in paragraphs…). */
  depth: number
}

export const DEFAULT_RICH_TEXT_LIMITS: RichTextLimits = { characters: 100_000, nodes: 4_000, depth: 12 }

export type RichTextExcess =
  { limit: 'characters' | 'nodes' | 'depth'; max: number } | { limit: 'shape'; max?: undefined }

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The first limit the document passes, or undefined when it is within all of them. Iterative, and
 * stops at the first excess, so a hostile document costs no more than the limits allow.
 */
export function richTextExcess(root: Node, limits: RichTextLimits): RichTextExcess | undefined {
  let characters = 0
  let nodes = 0
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number }
    if (depth > limits.depth) return { limit: 'depth', max: limits.depth }
    if (typeof node.text === 'string') {
      characters += node.text.length
      if (characters > limits.characters) return { limit: 'characters', max: limits.characters }
    }
    const children = node.children
    if (children === undefined) continue
    if (!Array.isArray(children)) return { limit: 'shape' }
    for (const child of children) {
      if (!isNode(child)) return { limit: 'shape' }
      nodes += 1
      if (nodes > limits.nodes) return { limit: 'nodes', max: limits.nodes }
      stack.push({ node: child, depth: depth + 1 })
    }
  }
  return undefined
}

/** The field's own limits (`custom.richTextLimits`), the defaults for what it does not set. */
export function richTextLimitsOf(field: { custom?: Record<string, unknown> }): RichTextLimits {
  const own = field.custom?.richTextLimits
  return { ...DEFAULT_RICH_TEXT_LIMITS, ...(isNode(own) ? (own as Partial<RichTextLimits>) : {}) }
}
