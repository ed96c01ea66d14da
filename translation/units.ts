/**
 * A document's localized fields as translation units, and back: the one mapping between a field of
 * a document and its unit id (`collection:docId:path`, an XML NMTOKEN as XLIFF requires; the unit's
 * name spells it `collection/docId/path`).
 */
import { blockToInline, inlineToNodes, textBlocks, type Node } from './inline'
import { isFilled, type LocalizedValue } from './localizedFields'
import { escapeXml } from './xml'
import { hasCodes, plainTextOf, type SegmentIn, type UnitOut } from './xliff'

export interface UnitAddress {
  collection: string
  id: string
  path: string
}

export const unitId = (a: UnitAddress): string => `${a.collection}:${a.id}:${a.path}`
export const unitName = (a: UnitAddress): string => `${a.collection}/${a.id}/${a.path}`

export function parseUnitId(id: string): UnitAddress | undefined {
  const match = /^([a-z0-9-]+):([A-Za-z0-9_-]+):([A-Za-z0-9_.]+)$/.exec(id)
  return match ? { collection: match[1] as string, id: match[2] as string, path: match[3] as string } : undefined
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)

const rootOf = (value: unknown): Node | undefined => (isNode(value) && isNode(value.root) ? value.root : undefined)

/** Segment ids of rich text: the block's position among the document's text blocks. */
const blockSegmentId = (index: number): string => `b${index + 1}`

/** The unit of one field, with the current translation as target when there is one. */
export function unitFor(address: UnitAddress, source: LocalizedValue, target: unknown): UnitOut | undefined {
  if (!isFilled(source.value)) return undefined
  const base = { id: unitId(address), name: unitName(address), kind: source.kind }
  if (source.kind !== 'richText') {
    const translated = typeof target === 'string' && target.trim() !== '' ? escapeXml(target) : undefined
    return { ...base, segments: [{ id: 's1', source: escapeXml(String(source.value)), target: translated }] }
  }
  const sourceBlocks = textBlocks(rootOf(source.value) as Node)
  const targetRoot = rootOf(target)
  const targetBlocks = targetRoot && isFilled(target) ? textBlocks(targetRoot) : []
  // An earlier translation is offered only when it has the source's shape; otherwise the translator starts afresh.
  const sameShape = targetBlocks.length === sourceBlocks.length
  const segments = sourceBlocks.flatMap((block, i) => {
    const inline = blockToInline(block)
    if (!inline.hasText) return []
    const previous = sameShape ? blockToInline(targetBlocks[i] as Node) : undefined
    const reusable =
      previous && previous.hasText && previous.codes.size === inline.codes.size ? previous.markup : undefined
    return [{ id: blockSegmentId(i), source: inline.markup, target: reusable }]
  })
  return segments.length > 0 ? { ...base, segments } : undefined
}

export class UnitRefusal extends Error {}

/** Does the segment still hold the source it was exported with? */
function sameSource(exported: SegmentIn, currentMarkup: string): boolean {
  return serialise(exported.source) === currentMarkup
}

function serialise(items: SegmentIn['source']): string {
  return items
    .map((item) => {
      if ('text' in item) return escapeXml(item.text)
      if (item.element === 'ph') return `#${item.id}`
      return `#${item.id}[${serialise(item.children)}]`
    })
    .join('')
}

const structure = (markup: string): string =>
  markup
    .replace(/<ph id="([^"]+)"[^>]*\/>/g, '#$1')
    .replace(/<pc id="([^"]+)"[^>]*>/g, '#$1[')
    .replace(/<\/pc>/g, ']')

/**
 * The new value of a field from a unit's segments, checked against the current source: every
 * segment translated, the source unchanged since the export, codes intact. Throws `UnitRefusal`.
 */
export function valueFromSegments(source: LocalizedValue, segments: SegmentIn[]): unknown {
  const untranslated = segments.filter((s) => !s.target || plainTextOf(s.target).trim() === '').map((s) => s.id)
  if (untranslated.length > 0)
    throw new UnitRefusal(`segment${untranslated.length > 1 ? 's' : ''} ${untranslated.join(', ')} not translated`)
  if (source.kind !== 'richText') {
    const [segment, ...more] = segments
    if (!segment || more.length > 0 || segment.id !== 's1')
      throw new UnitRefusal('a plain-text unit has exactly one segment, "s1"')
    if (hasCodes(segment.target ?? []) || hasCodes(segment.source))
      throw new UnitRefusal('this field is plain text: remove the inline codes')
    if (plainTextOf(segment.source) !== String(source.value))
      throw new UnitRefusal('the original text has changed since this file was exported: export it again')
    const text = plainTextOf(segment.target ?? [])
    return source.kind === 'text' ? text.trim() : text
  }
  const root = structuredClone(rootOf(source.value) as Node)
  const blocks = textBlocks(root)
  const expected = new Map<string, Node>()
  blocks.forEach((block, i) => {
    if (blockToInline(block).hasText) expected.set(blockSegmentId(i), block)
  })
  const given = new Set(segments.map((s) => s.id))
  const unknown = [...given].filter((id) => !expected.has(id))
  const lost = [...expected.keys()].filter((id) => !given.has(id))
  if (unknown.length > 0 || lost.length > 0)
    throw new UnitRefusal(
      `the text's paragraphs have changed since this file was exported (${[...unknown.map((id) => `unknown ${id}`), ...lost.map((id) => `missing ${id}`)].join(', ')}): export it again`,
    )
  for (const segment of segments) {
    const block = expected.get(segment.id) as Node
    const inline = blockToInline(block)
    if (!sameSource(segment, structure(inline.markup)))
      throw new UnitRefusal(
        `segment ${segment.id}: the original text has changed since this file was exported: export it again`,
      )
    try {
      block.children = inlineToNodes(segment.target ?? [], inline.codes)
    } catch (error) {
      throw new UnitRefusal(`segment ${segment.id}: ${(error as Error).message}`)
    }
  }
  return { root }
}

/**
 * What a translator would see of a document's localized text: rich text as its blocks' markup, so
 * that an editor re-saving unchanged text (Lexical may rewrite its JSON) does not mark every
 * translation outdated.
 */
export function textSignature(values: readonly LocalizedValue[]): string {
  return JSON.stringify(
    values.map((v) => {
      if (v.kind !== 'richText') return [v.path, typeof v.value === 'string' ? v.value : '']
      const root = rootOf(v.value)
      return [v.path, root ? textBlocks(root).map((b) => blockToInline(b).markup) : []]
    }),
  )
}
