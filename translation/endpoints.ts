/**
 * The translation API, for the Translations screen and for scripts: the status of documents ×
 * languages, an XLIFF export and its import. Staff only; a translator only for their languages.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isEditor, isStaff, mayTranslateInto, type AccessUser } from '../access/roles'
import { isLocale } from '../lib/i18n/locales'
import { exportTranslations } from './exportTranslations'
import { parseExportQuery } from './exportQuery'
import { importTranslations } from './importTranslations'
import { translationRows } from './overview'

const userOf = (req: PayloadRequest): AccessUser | null => (req.user as AccessUser | null | undefined) ?? null

const refuse = (status: number, error: string): Response => Response.json({ error }, { status })

/** Who may work on `locale`: editors on any, translators on theirs. */
function refusal(req: PayloadRequest, locale?: string): Response | undefined {
  const user = userOf(req)
  if (!user) return refuse(401, 'Log in to use translations.')
  if (!isStaff(user)) return refuse(403, 'Only editors and translators work on translations.')
  if (locale && !isEditor(user) && !mayTranslateInto(user, locale))
    return refuse(403, `You may not translate into "${locale}".`)
  return undefined
}

const queryOf = (req: PayloadRequest) => {
  const params = new URL(req.url ?? 'http://localhost').searchParams
  return {
    locale: params.get('locale'),
    collection: params.get('collection'),
    status: params.get('status'),
    source: params.get('source'),
  }
}

const status: Endpoint = {
  path: '/translations/status',
  method: 'get',
  handler: async (req) => {
    const denied = refusal(req)
    if (denied) return denied
    const raw = queryOf(req)
    const query = parseExportQuery({ ...raw, locale: raw.locale ?? 'en' })
    if ('error' in query) return refuse(400, query.error)
    const rows = await translationRows(req.payload, {
      collections: query.collections,
      locale: isLocale(raw.locale) ? raw.locale : undefined,
      states: raw.status ? query.states : undefined,
      req,
    })
    return Response.json({ rows })
  },
}

const exportFile: Endpoint = {
  path: '/translations/export',
  method: 'get',
  handler: async (req) => {
    const query = parseExportQuery(queryOf(req))
    if ('error' in query) return refusal(req) ?? refuse(400, query.error)
    const denied = refusal(req, query.locale)
    if (denied) return denied
    const files = (await exportTranslations(req.payload, { ...query, req })).filter(
      (f) => !query.source || f.sourceLocale === query.source,
    )
    if (files.length === 0) return refuse(404, 'Nothing to translate with these filters.')
    if (files.length > 1)
      return refuse(
        409,
        `These texts were written in several languages (${files.map((f) => f.sourceLocale).join(', ')}); an XLIFF file has one: add source=${files[0]?.sourceLocale}.`,
      )
    const [file] = files as [(typeof files)[number]]
    return new Response(file.xliff, {
      headers: {
        'Content-Type': 'application/xliff+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'X-Documents': String(file.documents),
        'X-Units': String(file.units),
      },
    })
  },
}

const importFile: Endpoint = {
  path: '/translations/import',
  method: 'post',
  handler: async (req) => {
    const denied = refusal(req)
    if (denied) return denied
    const text = req.text ? await req.text() : ''
    if (text.trim() === '') return refuse(400, 'Send the XLIFF file as the body of the request.')
    const report = await importTranslations(req.payload, text, { user: userOf(req) })
    return Response.json(report, { status: report.ok ? 200 : 422 })
  },
}

export const translationEndpoints: Endpoint[] = [status, exportFile, importFile]
