'use client'
import { useRouter } from 'next/navigation'
import { useState, type ChangeEvent } from 'react'

import type { ImportReport } from '../importTranslations'
import { adminText } from '../../lib/i18n/admin'

/** Sends a translated XLIFF file to the import API and shows what was saved, or every refused unit and why. */
export function XliffUpload({ language }: { language?: string }) {
  const text = adminText(language)
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<ImportReport | { error: string; refused?: undefined } | null>(null)

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    setBusy(true)
    setReport(null)
    try {
      const response = await fetch('/api/translations/import', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/xliff+xml' },
        body: await file.text(),
      })
      const result = (await response.json()) as ImportReport
      setReport(result)
      // The statuses below are rendered on the server: read them again.
      if (result.ok) router.refresh()
    } catch (error) {
      setReport({ error: (error as Error).message })
    } finally {
      setBusy(false)
      event.target.value = ''
    }
  }

  return (
    <div>
      <input
        type="file"
        accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
        onChange={upload}
        disabled={busy}
        aria-label={text('screens.translations.upload')}
      />
      {busy ? <p className="tr-report">{text('screens.translations.uploading')}</p> : null}
      {report && 'ok' in report && report.ok ? (
        <p className="tr-report tr-report--ok">
          {text('screens.translations.imported', { units: report.applied, documents: report.documents })}
        </p>
      ) : null}
      {report && !('ok' in report && report.ok) ? (
        <div className="tr-report tr-report--refused" role="alert">
          <strong>{text('screens.translations.refused')}. </strong>
          {report.error ?? text('screens.translations.nothingWritten')}
          {report.refused && report.refused.length > 0 ? (
            <ul>
              {report.refused.map((r) => (
                <li key={r.unit}>
                  <code>{r.unit}</code>: {r.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
