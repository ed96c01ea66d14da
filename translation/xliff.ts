/**
 * XLIFF 2.0 documents (OASIS core, urn:oasis:names:tc:xliff:document:2.0): written from and read
 * into a plain model. One `<file>` per document, one `<unit>` per localized field, one `<segment>`
 * per text block (a single one for plain text). Reading checks the structure the core schema
 * requires and reports problems per unit, so an import can say which unit is wrong and why.
 */
import type { InlineItem } from './inline'
import type { UnitKind } from './localizedFields'
import { elementsOf, escapeXml, parseXml, strayText, type XmlElement } from './xml'

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'

export interface SegmentOut {
  id: string
  /** Source content, already XLIFF inline markup (text escaped). */
  source: string
  target?: string
}

export interface UnitOut {
  id: string
  name: string
  kind: UnitKind
  segments: SegmentOut[]
}

export interface FileOut {
  id: string
  original: string
  /** What translators see about the document: its title and kind. */
  note: string
  units: UnitOut[]
}

export interface XliffOut {
  srcLang: string
  trgLang: string
  srcDir: 'ltr' | 'rtl'
  trgDir: 'ltr' | 'rtl'
  files: FileOut[]
}

const KIND_TYPE: Record<UnitKind, string> = {
  text: 'passerelle:text',
  textarea: 'passerelle:textarea',
  richText: 'passerelle:richText',
}

export function writeXliff(doc: XliffOut): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="${escapeXml(doc.srcLang)}" trgLang="${escapeXml(doc.trgLang)}">`,
  ]
  for (const file of doc.files) {
    out.push(
      `  <file id="${escapeXml(file.id)}" original="${escapeXml(file.original)}" srcDir="${doc.srcDir}" trgDir="${doc.trgDir}">`,
    )
    out.push(`    <notes><note category="document">${escapeXml(file.note)}</note></notes>`)
    for (const unit of file.units) {
      out.push(
        `    <unit id="${escapeXml(unit.id)}" name="${escapeXml(unit.name)}" type="${KIND_TYPE[unit.kind]}" canResegment="no" xml:space="preserve">`,
      )
      for (const segment of unit.segments) {
        const target = segment.target === undefined ? '' : `<target>${segment.target}</target>`
        out.push(
          `      <segment id="${escapeXml(segment.id)}" state="${segment.target === undefined ? 'initial' : 'translated'}"><source>${segment.source}</source>${target}</segment>`,
        )
      }
      out.push('    </unit>')
    }
    out.push('  </file>')
  }
  out.push('</xliff>', '')
  return out.join('\n')
}

export interface SegmentIn {
  id: string
  source: InlineItem[]
  /** Absent when the translator left the segment untranslated. */
  target?: InlineItem[]
}

export interface UnitIn {
  id: string
  segments: SegmentIn[]
  /** Why the unit cannot be read, when it cannot. */
  problem?: string
}

export interface XliffIn {
  srcLang: string
  trgLang: string
  units: UnitIn[]
}

/** The file as a whole cannot be read: no unit is looked at. */
export class XliffError extends Error {}

class UnitProblem extends Error {}

const INLINE = new Set(['pc', 'ph'])
const OTHER_INLINE = new Set(['cp', 'sc', 'ec', 'mrk', 'sm', 'em'])

function inlineItems(element: XmlElement): InlineItem[] {
  return element.children.map((child): InlineItem => {
    if (typeof child === 'string') return { text: child }
    if (!INLINE.has(child.name)) {
      if (OTHER_INLINE.has(child.name))
        throw new UnitProblem(`<${child.name}> is not used in these files; keep the <pc> and <ph> codes of the source`)
      throw new UnitProblem(`<${child.name}> is not an XLIFF 2.0 inline element`)
    }
    const id = child.attrs.id
    if (!id) throw new UnitProblem(`a <${child.name}> has no id`)
    if (child.name === 'ph') {
      if (child.children.length > 0) throw new UnitProblem(`<ph id="${id}"> must be empty`)
      return { element: 'ph', id }
    }
    return { element: 'pc', id, children: inlineItems(child) }
  })
}

function readSegment(element: XmlElement, trgLang: string): SegmentIn {
  const parts = elementsOf(element)
  const id = element.attrs.id
  if (!id) throw new UnitProblem('a <segment> has no id')
  if (strayText(element) || parts.some((p) => p.name !== 'source' && p.name !== 'target'))
    throw new UnitProblem(`segment ${id} may hold only <source> and <target>`)
  const [source, target, ...rest] = parts
  if (!source || source.name !== 'source' || rest.length > 0 || (target && target.name !== 'target'))
    throw new UnitProblem(`segment ${id} must hold one <source> then at most one <target>`)
  const lang = target?.attrs['xml:lang']
  if (lang !== undefined && lang !== trgLang)
    throw new UnitProblem(
      `segment ${id}: the target is marked xml:lang="${lang}", the file's target language is "${trgLang}"`,
    )
  return { id, source: inlineItems(source), target: target ? inlineItems(target) : undefined }
}

function readUnit(element: XmlElement, trgLang: string): UnitIn {
  const id = element.attrs.id ?? ''
  try {
    if (!id) throw new UnitProblem('a <unit> has no id')
    const segments: SegmentIn[] = []
    for (const child of elementsOf(element)) {
      if (child.name === 'segment') segments.push(readSegment(child, trgLang))
      else if (child.name !== 'notes' && child.name !== 'ignorable' && child.name !== 'originalData')
        throw new UnitProblem(`<${child.name}> does not belong in a <unit>`)
    }
    if (segments.length === 0) throw new UnitProblem('the unit has no <segment>')
    const ids = segments.map((s) => s.id)
    const twice = ids.find((s, i) => ids.indexOf(s) !== i)
    if (twice) throw new UnitProblem(`segment ${twice} appears twice`)
    return { id, segments }
  } catch (error) {
    if (error instanceof UnitProblem) return { id, segments: [], problem: error.message }
    throw error
  }
}

function unitsIn(element: XmlElement, trgLang: string): UnitIn[] {
  return elementsOf(element).flatMap((child) => {
    if (child.name === 'unit') return [readUnit(child, trgLang)]
    if (child.name === 'group') return unitsIn(child, trgLang)
    return []
  })
}

/** Read an XLIFF 2.0 file; throws `XliffError` when it is not one. */
export function readXliff(text: string): XliffIn {
  let root: XmlElement
  try {
    root = parseXml(text)
  } catch (error) {
    throw new XliffError((error as Error).message)
  }
  if (root.name !== 'xliff')
    throw new XliffError(`the root element is <${root.name}>, an XLIFF file starts with <xliff>`)
  if (root.attrs.xmlns !== XLIFF_NAMESPACE)
    throw new XliffError(`the file is not in the XLIFF 2.0 namespace (${XLIFF_NAMESPACE})`)
  if (root.attrs.version !== '2.0')
    throw new XliffError(
      `XLIFF version "${root.attrs.version ?? ''}" is not supported: export a new file (version 2.0)`,
    )
  const { srcLang, trgLang } = root.attrs
  if (!srcLang) throw new XliffError('the file has no source language (srcLang)')
  if (!trgLang) throw new XliffError('the file has no target language (trgLang)')
  const files = elementsOf(root)
  if (files.length === 0 || files.some((f) => f.name !== 'file'))
    throw new XliffError('<xliff> must hold one or more <file> elements and nothing else')
  const units = files.flatMap((file) => unitsIn(file, trgLang))
  const ids = units.map((u) => u.id)
  const twice = ids.find((id, i) => id !== '' && ids.indexOf(id) !== i)
  if (twice) throw new XliffError(`unit ${twice} appears twice in the file`)
  return { srcLang, trgLang, units }
}

/** Plain text of inline content that must hold no codes. */
export function plainTextOf(items: InlineItem[]): string {
  return items.map((item) => ('text' in item ? item.text : '')).join('')
}

export const hasCodes = (items: InlineItem[]): boolean => items.some((item) => !('text' in item))
