/**
 * The public site ships no client components: pages are stored in the cache and served without
 * Next's client runtime (lib/cache/withoutClientRuntime.mjs), so a component that needs the browser
 * to run it would draw on the first visitor's page only. Each module marked `'use client'` is listed
 * here with where it runs; a new one fails this test until it is placed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@jest/globals'

const root = process.cwd()

/** Every client module, and why it never needs scripts on a page served from the cache. */
const PLACED: Record<string, string> = {
  'app/global-error.tsx': 'error boundary: rendered for a failed render, never stored',
  'app/(frontend)/[locale]/error.tsx': 'error boundary: rendered for a failed render, never stored',
  'components/errors/ErrorFrame.tsx': 'part of the error boundary',
  'components/errors/ErrorMessage.tsx': 'part of the error boundary',
  'components/preview/RefreshOnSave.tsx': 'rendered while an editor previews: per request, never stored',
  'components/admin/ZoneField.tsx': "Payload's admin, never a public page",
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(relative)
    return /\.(tsx?|jsx?|mjs)$/.test(entry.name) ? [relative] : []
  })
}

const DIRECTIVE = /^\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/.*\n\s*)*['"]use client['"]/

test('every client module is one that never needs its scripts on a cached public page', () => {
  const client = ['app', 'components', 'lib', 'collections']
    .flatMap(sourceFiles)
    .filter((file) => DIRECTIVE.test(readFileSync(path.join(root, file), 'utf8')))
    .sort()
  expect(client).toEqual(Object.keys(PLACED).sort())
})
