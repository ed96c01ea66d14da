import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect } from '@jest/globals'
import type { Page } from 'playwright-core'

/**
 * For afterEach: keeps what the browser showed at the end of the test, named after it, and prints
 * the path, so whoever reads a failure can look at the page.
 */
export async function keepLastPage(page: Page | undefined): Promise<void> {
  if (!page || page.isClosed()) return
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)
  const file = path.join(tmpdir(), `passerelle-e2e-${name}.png`)
  await page.screenshot({ path: file }).catch(() => undefined)
  console.log(`e2e: last page ${page.url()} → ${file}`)
}
