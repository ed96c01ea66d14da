import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'
import { validateXML } from 'xmllint-wasm'

import type { LocalizedValue } from '../../translation/localizedFields'
import { parseUnitId, unitFor, UnitRefusal, valueFromSegments } from '../../translation/units'
import { readXliff, writeXliff, XliffError, type UnitOut } from '../../translation/xliff'

const SCHEMAS = path.resolve('tests/fixtures/xliff')

/** libxml2's schema validation (xmllint compiled to WebAssembly), offline, against the shipped OASIS schema. */
async function schemaErrors(xml: string): Promise<string[]> {
  const schema = (name: string) => readFileSync(path.join(SCHEMAS, name), 'utf8')
  const result = await validateXML({
    xml: [{ fileName: 'export.xlf', contents: xml }],
    schema: [schema('xliff_core_2.0.xsd')],
    preload: [{ fileName: 'xml.xsd', contents: schema('xml.xsd') }],
  })
  return result.errors.map((error) => error.message)
}

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (...children: object[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
})
const link = (url: string, ...children: object[]) => ({
  type: 'link',
  version: 3,
  fields: { url, newTab: false, linkType: 'custom' },
  children,
})
const body = {
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      paragraph(
        text('L’OIM & ses '),
        text('partenaires', 1),
        text(' <ici>.'),
        { type: 'linebreak', version: 1 },
        link('https://iom.int', text('Lire')),
      ),
      { type: 'heading', tag: 'h2', version: 1, children: [text('Contexte')] },
      { type: 'upload', relationTo: 'media', value: 7, version: 1 },
      {
        type: 'list',
        listType: 'bullet',
        version: 1,
        children: [{ type: 'listitem', value: 1, version: 1, children: [text('Un point')] }],
      },
    ],
  },
}
const richField: LocalizedValue = { path: 'body', kind: 'richText', value: body }
const titleField: LocalizedValue = { path: 'title', kind: 'text', value: 'Titre & « guillemets »' }
const address = { collection: 'press-releases', id: '12', path: 'body' }

function fileWith(units: UnitOut[], trgLang = 'es'): string {
  return writeXliff({
    srcLang: 'fr',
    trgLang,
    srcDir: 'ltr',
    trgDir: 'ltr',
    files: [{ id: 'press-releases:12', original: 'press-releases/12', note: 'press-releases “Titre”', units }],
  })
}

/** Fill every segment's target with what `translate` makes of its source markup. */
function translated(units: UnitOut[], translate: (markup: string) => string): string {
  return fileWith(
    units.map((u) => ({ ...u, segments: u.segments.map((s) => ({ ...s, target: translate(s.source) })) })),
  )
}

const rich = unitFor(address, richField, undefined) as UnitOut
const plain = unitFor({ ...address, path: 'title' }, titleField, undefined) as UnitOut

describe('export', () => {
  test('one unit per field, one segment per text block, codes for formatting, links and breaks', () => {
    expect(rich.id).toBe('press-releases:12:body')
    expect(rich.segments.map((s) => s.id)).toEqual(['b1', 'b2', 'b3'])
    expect(rich.segments[0]?.source).toBe(
      'L’OIM &amp; ses <pc id="1" type="fmt" subType="xlf:b">partenaires</pc> &lt;ici&gt;.<ph id="2" type="fmt" subType="xlf:lb"/><pc id="3" type="link">Lire</pc>',
    )
    expect(plain.segments).toEqual([{ id: 's1', source: 'Titre &amp; « guillemets »', target: undefined }])
    expect(parseUnitId(rich.id)).toEqual(address)
  })

  test('the file validates against the OASIS XLIFF 2.0 core schema', async () => {
    expect(await schemaErrors(translated([rich, plain], (m) => m))).toEqual([])
  })

  test('the schema check is real: a file breaking the schema is refused', async () => {
    const errors = await schemaErrors(fileWith([rich]).replace('<segment id="b1"', '<segment id="b 1"'))
    expect(errors.join('\n')).toMatch(/segment.*id/)
  })
})

describe('import', () => {
  const read = (xml: string) => readXliff(xml).units

  test('a translation keeps the source structure, link targets and embedded items', () => {
    const [unit] = read(
      translated([rich], (m) =>
        m
          .replace('L’OIM &amp; ses ', 'La OIM y sus ')
          .replace('partenaires', 'socios')
          .replace('Contexte', 'Contexto')
          .replace('Lire', 'Leer')
          .replace('Un point', 'Un punto'),
      ),
    )
    const value = valueFromSegments(richField, unit?.segments ?? []) as typeof body
    const [first, heading, upload, list] = value.root.children as Record<string, unknown>[]
    expect(first?.children).toEqual([
      text('La OIM y sus '),
      text('socios', 1),
      text(' <ici>.'),
      { type: 'linebreak', version: 1 },
      link('https://iom.int', text('Leer')),
    ])
    expect(heading).toMatchObject({ tag: 'h2', children: [text('Contexto')] })
    expect(upload).toEqual(body.root.children[2])
    expect(JSON.stringify(list)).toContain('Un punto')
  })

  test('codes may move and wrap other words', () => {
    const [unit] = read(
      translated([rich], (m) =>
        m.replace(/^L’OIM &amp; ses (<pc id="1"[^>]*>)partenaires<\/pc>/, '$1Los socios</pc> de la OIM'),
      ),
    )
    const value = valueFromSegments(richField, unit?.segments ?? []) as typeof body
    expect((value.root.children[0] as { children: unknown[] }).children.slice(0, 2)).toEqual([
      text('Los socios', 1),
      text(' de la OIM <ici>.'),
    ])
  })

  const refusal = (translate: (m: string) => string): string => {
    const [unit] = read(translated([rich], translate))
    try {
      valueFromSegments(richField, unit?.segments ?? [])
    } catch (error) {
      if (error instanceof UnitRefusal) return error.message
      throw error
    }
    throw new Error('accepted')
  }

  test('broken markup is refused with the reason', () => {
    expect(refusal((m) => m.replace(/<ph id="2"[^>]*\/>/, ''))).toBe(
      'segment b1: inline code 2 of the source is missing',
    )
    expect(refusal((m) => m.replace('<ph id="2"', '<ph id="9"'))).toBe('segment b1: inline code 9 is not in the source')
    expect(
      refusal((m) => m.replace(/<pc id="3" type="link">Lire<\/pc>/, '<pc id="3" type="link">Lire</pc><ph id="2"/>')),
    ).toBe('segment b1: inline code 2 appears twice')
  })

  test('an untranslated segment, a changed source and a plain-text unit with codes are refused', () => {
    const [unit] = read(
      fileWith([
        { ...rich, segments: rich.segments.map((s, i) => ({ ...s, target: i === 0 ? undefined : s.source })) },
      ]),
    )
    expect(() => valueFromSegments(richField, unit?.segments ?? [])).toThrow('segment b1 not translated')
    const changedSource: LocalizedValue = { ...titleField, value: 'Nouveau titre' }
    const [title] = read(translated([plain], () => 'Título'))
    expect(() => valueFromSegments(changedSource, title?.segments ?? [])).toThrow(
      /changed since this file was exported/,
    )
    const [withCode] = read(translated([plain], () => 'Título<ph id="1"/>'))
    expect(() => valueFromSegments(titleField, withCode?.segments ?? [])).toThrow(/plain text/)
    expect(valueFromSegments(titleField, title?.segments ?? [])).toBe('Título')
  })

  test('a file that is not XLIFF 2.0 is refused as a whole', () => {
    expect(() => readXliff('<xliff version="1.2"><file/></xliff>')).toThrow(XliffError)
    expect(() => readXliff(fileWith([rich]).replace('</xliff>', ''))).toThrow(/not well-formed XML at line/)
    expect(() => readXliff('<!DOCTYPE x [<!ENTITY a "b">]><xliff/>')).toThrow(/DOCTYPE/)
  })

  test('a malformed unit is reported by its id, the others still read', () => {
    const xml = translated([rich, plain], (m) => m).replace(
      '<segment id="s1" state="translated"><source>',
      '<segment id="s1"><mrk id="m1">x</mrk><source>',
    )
    const units = read(xml)
    expect(units.find((u) => u.id === 'press-releases:12:title')?.problem).toBe(
      'segment s1 may hold only <source> and <target>',
    )
    expect(units.find((u) => u.id === 'press-releases:12:body')?.problem).toBeUndefined()
  })
})
