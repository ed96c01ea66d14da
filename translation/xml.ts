/**
 * The little XML the translation files need: escaping for writing, and a parser into a plain,
 * ordered element tree (mixed content kept, as XLIFF inline markup needs).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

export { escapeXml } from '../lib/text/xml'

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlChild[]
}
export type XmlChild = XmlElement | string

export class XmlSyntaxError extends Error {}

type Ordered = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
})

function toChildren(nodes: unknown): XmlChild[] {
  if (!Array.isArray(nodes)) return []
  const out: XmlChild[] = []
  for (const node of nodes as Ordered[]) {
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') continue
      if (key === '#text') out.push(String(value))
      else if (!key.startsWith('?') && !key.startsWith('!')) {
        const attrs = Object.fromEntries(
          Object.entries((node[':@'] as Ordered | undefined) ?? {}).map(([k, v]) => [k, String(v)]),
        )
        out.push({ name: key, attrs, children: toChildren(value) })
      }
    }
  }
  return out
}

/** The root element of a well-formed document; a clear error with line and column otherwise. */
export function parseXml(text: string): XmlElement {
  // Document types can declare entities (and expand them without end): translation files need none.
  if (/<!DOCTYPE/i.test(text))
    throw new XmlSyntaxError('the file declares a DOCTYPE, which translation files must not have')
  const valid = XMLValidator.validate(text)
  if (valid !== true)
    throw new XmlSyntaxError(`not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`)
  const roots = toChildren(parser.parse(text)).filter((c): c is XmlElement => typeof c !== 'string')
  if (roots.length !== 1) throw new XmlSyntaxError('the file must have exactly one root element')
  return roots[0] as XmlElement
}

export const elementsOf = (element: XmlElement): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string')

/** Text between elements where only elements belong (indentation aside). */
export const strayText = (element: XmlElement): boolean =>
  element.children.some((c) => typeof c === 'string' && c.trim() !== '')
