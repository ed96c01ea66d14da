/**
 * `npm run bench:weight -- --url http://127.0.0.1:3000` — what each page type costs a visitor on a
 * slow connection, against a running production server (`npm run build && npm start`): the HTML
 * compressed (gzip level 6, as a proxy would), and the JavaScript it loads (each script compressed,
 * counted once). `<script nomodule>` (Next's polyfills for browsers without ES modules, about 40 kB)
 * is counted apart: browsers that run modules, every current phone browser, never download it.
 * Writes JSON to bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { localeCodes, type LocaleCode } from '../../lib/i18n/locales'
import { parseJobArgs } from '../lib/parseJobArgs'
import { runScript } from '../lib/runScript'
import { scriptsOf } from './pageScripts'

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10

async function text(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url)
  return { status: response.status, body: await response.text() }
}

/** The first link in `html` under `prefix` that goes one level deeper (a list's first document, not its feed or calendar file). */
function firstLink(html: string, prefix: string): string | undefined {
  const pattern = new RegExp(`href="(${prefix.replace(/[/.]/g, '\\$&')}/[^"/?#.]+)"`)
  return pattern.exec(html)?.[1]
}

async function pagesOf(base: string, locale: LocaleCode): Promise<Array<[string, string]>> {
  const pages: Array<[string, string]> = [['home', `/${locale}`]]
  for (const [list, detail, section] of [
    ['news list', 'news detail', 'news'],
    ['events list', 'event detail', 'events'],
    ['offices list', 'office detail', 'offices'],
    ['programmes list', 'programme detail', 'programmes'],
  ] as const) {
    const href = `/${locale}/${section}`
    pages.push([list, href])
    // Events: the upcoming list may be empty; the past one then has the first event.
    const first =
      firstLink((await text(`${base}${href}`)).body, href) ?? firstLink((await text(`${base}${href}/past`)).body, href)
    if (first) pages.push([detail, first])
  }
  const home = (await text(`${base}/${locale}`)).body
  const nested = /<details name="main-menu">[\s\S]*?href="(\/[^"]+)"/.exec(home)?.[1]
  if (nested) pages.push(['page by path', nested])
  pages.push(['search', `/${locale}/search?q=migration`])
  return pages
}

const { values } = parseJobArgs(
  { options: { url: { type: 'string', default: 'http://127.0.0.1:3000' } } },
  `Usage: npm run bench:weight -- [--url http://127.0.0.1:3000]
  Against a running production server: each page type's HTML (gzip) and JavaScript per locale.`,
  ({ values }) => (URL.canParse(values.url) ? undefined : `--url takes an address (http://…), not "${values.url}".`),
)

runScript(async () => {
  const base = String(values.url).replace(/\/+$/, '')
  const scriptSizes = new Map<string, number>()
  const rows: Array<{
    locale: LocaleCode
    page: string
    path: string
    status: number
    htmlKb: number
    htmlGzipKb: number
    scripts: number
    jsGzipKb: number
    legacyJsGzipKb: number
  }> = []
  const gzippedSize = async (src: string): Promise<number> => {
    if (!scriptSizes.has(src)) scriptSizes.set(src, gzipSync((await text(new URL(src, base).href)).body).length)
    return scriptSizes.get(src) ?? 0
  }
  for (const locale of localeCodes) {
    for (const [page, href] of await pagesOf(base, locale)) {
      const { status, body } = await text(`${base}${href}`)
      const { modern, legacy } = scriptsOf(body)
      let js = 0
      for (const src of modern) js += await gzippedSize(src)
      let legacyJs = 0
      for (const src of legacy) legacyJs += await gzippedSize(src)
      rows.push({
        locale,
        page,
        path: href,
        status,
        htmlKb: kb(Buffer.byteLength(body)),
        htmlGzipKb: kb(gzipSync(body).length),
        scripts: modern.length,
        jsGzipKb: kb(js),
        legacyJsGzipKb: kb(legacyJs),
      })
    }
  }
  console.log(
    ['locale', 'page', 'status', 'HTML kB', 'HTML gzip kB', 'scripts', 'JS gzip kB', 'nomodule JS gzip kB'].join('\t'),
  )
  for (const r of rows)
    console.log(
      [r.locale, r.page, r.status, r.htmlKb, r.htmlGzipKb, r.scripts, r.jsGzipKb, r.legacyJsGzipKb].join('\t'),
    )
  const out = path.join(
    process.cwd(),
    'bench/results',
    `${new Date().toISOString().slice(0, 16).replace(':', '')}-weight.json`,
  )
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify({ base, measuredAt: new Date().toISOString(), rows }, null, 2)}\n`)
  console.log(`\nWritten to ${path.relative(process.cwd(), out)}`)
})
