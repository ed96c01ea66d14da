/**
 * A translated XLIFF file back into the documents, all units or none. Every unit is checked first
 * (known document and field, source unchanged since the export, markup intact); one refused unit
 * and nothing is written. The writes then share one transaction and run with the importer's
 * access, so a translator's import obeys the same rules as their saves in the admin.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { mayTranslateInto, isEditor, type AccessUser } from '../access/roles'
import { describeError } from '../lib/text/describeError'
import { isLocale, type LocaleCode } from '../lib/i18n/locales'
import { isTranslatableCollection, type TranslatableCollection } from './collections'
import { localizedValues, withValueAt } from './localizedFields'
import { documentsByIds, type StoredDocument } from './overview'
import { parseUnitId, UnitRefusal, valueFromSegments } from './units'
import { plainTextOf, readXliff, XliffError, type UnitIn } from './xliff'

export interface UnitReport {
  unit: string
  reason: string
}

export interface ImportReport {
  ok: boolean
  /** Why the whole file was refused, when it was. */
  error?: string
  targetLocale?: LocaleCode
  applied: number
  documents: number
  refused: UnitReport[]
  /** Units left untranslated in the file: not an error, nothing written for them. */
  skipped: UnitReport[]
}

export interface ImportOptions {
  /** The person importing; without one (command line) the import runs with full access. */
  user?: AccessUser | null
}

type Raw = StoredDocument

interface Change {
  collection: TranslatableCollection
  id: string
  path: string
  unit: string
  value: unknown
}

const refusedFile = (error: string): ImportReport => ({
  ok: false,
  error,
  applied: 0,
  documents: 0,
  refused: [],
  skipped: [],
})

const isUntranslated = (unit: UnitIn): boolean =>
  unit.segments.every((s) => !s.target || plainTextOf(s.target).trim() === '')

async function loadDocuments(
  payload: Payload,
  wanted: Map<TranslatableCollection, Set<string>>,
  locale: LocaleCode,
): Promise<Map<string, Raw>> {
  const docs = new Map<string, Raw>()
  for (const [collection, ids] of wanted) {
    for (const [id, doc] of await documentsByIds(payload, collection, [...ids], locale))
      docs.set(`${collection}:${id}`, doc)
  }
  return docs
}

/** Check every unit; the changes to make when all pass. */
async function plan(payload: Payload, units: UnitIn[], srcLang: LocaleCode, trgLang: LocaleCode) {
  const refused: UnitReport[] = []
  const skipped: UnitReport[] = []
  const wanted = new Map<TranslatableCollection, Set<string>>()
  const addressed: { unit: UnitIn; collection: TranslatableCollection; id: string; path: string }[] = []
  for (const unit of units) {
    if (unit.problem) {
      refused.push({ unit: unit.id || '(no id)', reason: unit.problem })
      continue
    }
    const address = parseUnitId(unit.id)
    if (!address) {
      refused.push({ unit: unit.id, reason: 'this is not a unit id of this site (collection:document:field)' })
      continue
    }
    if (!isTranslatableCollection(address.collection)) {
      refused.push({ unit: unit.id, reason: `"${address.collection}" is not a collection that is translated` })
      continue
    }
    if (isUntranslated(unit)) {
      skipped.push({ unit: unit.id, reason: 'not translated yet' })
      continue
    }
    wanted.set(address.collection, (wanted.get(address.collection) ?? new Set()).add(address.id))
    addressed.push({ unit, collection: address.collection, id: address.id, path: address.path })
  }
  const sources = await loadDocuments(payload, wanted, srcLang)
  const changes: Change[] = []
  for (const { unit, collection, id, path } of addressed) {
    const source = sources.get(`${collection}:${id}`)
    if (!source) {
      refused.push({ unit: unit.id, reason: `there is no ${collection} document ${id}` })
      continue
    }
    if (source.sourceLocale !== srcLang) {
      refused.push({
        unit: unit.id,
        reason: `this document was written in "${String(source.sourceLocale)}", the file translates from "${srcLang}"`,
      })
      continue
    }
    if (source.sourceLocale === trgLang) {
      refused.push({ unit: unit.id, reason: `"${trgLang}" is this document's original language` })
      continue
    }
    const field = localizedValues(payload.collections[collection].config.fields, source).find((v) => v.path === path)
    if (!field) {
      refused.push({ unit: unit.id, reason: `"${path}" is not a translated field of this document` })
      continue
    }
    try {
      changes.push({ collection, id, path, unit: unit.id, value: valueFromSegments(field, unit.segments) })
    } catch (error) {
      if (!(error instanceof UnitRefusal)) throw error
      refused.push({ unit: unit.id, reason: error.message })
    }
  }
  return { refused, skipped, changes }
}

async function write(
  payload: Payload,
  req: PayloadRequest,
  changes: Change[],
  locale: LocaleCode,
  asUser: boolean,
): Promise<UnitReport[]> {
  const byDocument = new Map<string, Change[]>()
  for (const change of changes)
    byDocument.set(`${change.collection}:${change.id}`, [
      ...(byDocument.get(`${change.collection}:${change.id}`) ?? []),
      change,
    ])
  const targets = await loadDocuments(
    payload,
    new Map(
      changes.map((c) => [
        c.collection,
        new Set(changes.filter((d) => d.collection === c.collection).map((d) => d.id)),
      ]),
    ),
    locale,
  )
  for (const [key, group] of byDocument) {
    const first = group[0] as Change
    const current = targets.get(key) ?? { id: first.id }
    let next: Raw = current
    for (const change of group) next = withValueAt(next, change.path, change.value) as Raw
    const touched = [...new Set(group.map((c) => c.path.split('.')[0] as string))]
    const data: Record<string, unknown> = Object.fromEntries(touched.map((name) => [name, next[name]]))
    const hasDrafts = Boolean(payload.collections[first.collection].config.versions?.drafts)
    // A published document stays published, now with this language only (the other languages'
    // unpublished drafts stay drafts); a draft stays a draft.
    // The published document's status, not the newest version's: publishing one language leaves
    // the others' drafts as the newest version of a published document.
    const publish =
      !hasDrafts ||
      (
        await payload.count({
          collection: first.collection,
          where: { and: [{ id: { equals: current.id } }, { _status: { equals: 'published' } }] },
          req,
        })
      ).totalDocs > 0
    if (hasDrafts) data._status = publish ? 'published' : 'draft'
    const publishSpecificLocale = hasDrafts && publish ? locale : undefined
    try {
      await payload.update({
        collection: first.collection,
        id: current.id,
        locale,
        data,
        draft: !publish,
        publishSpecificLocale,
        depth: 0,
        overrideAccess: !asUser,
        user: req.user,
        req,
      })
    } catch (error) {
      return group.map((c) => ({ unit: c.unit, reason: describeError(error) }))
    }
  }
  return []
}

export async function importTranslations(
  payload: Payload,
  xliff: string,
  { user = null }: ImportOptions = {},
): Promise<ImportReport> {
  let file
  try {
    file = readXliff(xliff)
  } catch (error) {
    if (error instanceof XliffError) return refusedFile(error.message)
    throw error
  }
  const { srcLang, trgLang } = file
  if (!isLocale(trgLang)) return refusedFile(`the target language "${trgLang}" is not one of this site's languages`)
  if (!isLocale(srcLang)) return refusedFile(`the source language "${srcLang}" is not one of this site's languages`)
  if (srcLang === trgLang) return refusedFile('the source and target languages are the same')
  if (user && !isEditor(user) && !mayTranslateInto(user, trgLang))
    return refusedFile(`you may not translate into "${trgLang}"`)

  const { refused, skipped, changes } = await plan(payload, file.units, srcLang, trgLang)
  const base = { targetLocale: trgLang, skipped }
  if (refused.length > 0) return { ...base, ok: false, applied: 0, documents: 0, refused }

  const req = await createLocalReq(
    {
      user: user ? (user as unknown as NonNullable<Parameters<typeof createLocalReq>[0]['user']>) : undefined,
      locale: trgLang,
    },
    payload,
  )
  await initTransaction(req)
  const failed = await write(payload, req, changes, trgLang, Boolean(user)).catch(async (error: unknown) => {
    await killTransaction(req)
    throw error
  })
  if (failed.length > 0) {
    await killTransaction(req)
    return { ...base, ok: false, applied: 0, documents: 0, refused: failed }
  }
  await commitTransaction(req)
  return {
    ...base,
    ok: true,
    applied: changes.length,
    documents: new Set(changes.map((c) => `${c.collection}:${c.id}`)).size,
    refused: [],
  }
}
