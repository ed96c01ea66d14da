/** Generated files are committed: the admin's import map and the TypeScript types must match the config. */
import { execFile } from 'node:child_process'
import { copyFile, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, test } from '@jest/globals'

const run = promisify(execFile)
const payloadBin = path.resolve('node_modules/.bin/payload')

async function regenerate(file: string, command: string): Promise<{ committed: string; fresh: string }> {
  const backup = `${file}.committed`
  await copyFile(file, backup)
  try {
    await run(payloadBin, [command], { env: { ...process.env, NODE_OPTIONS: '' } })
    return { committed: await readFile(backup, 'utf8'), fresh: await readFile(file, 'utf8') }
  } finally {
    await copyFile(backup, file)
    await rm(backup)
  }
}

test('app/(payload)/admin/importMap.js is up to date (run `npm run generate:importmap`)', async () => {
  const { committed, fresh } = await regenerate(path.resolve('app/(payload)/admin/importMap.js'), 'generate:importmap')
  expect(committed).toBe(fresh)
})

test('payload-types.ts is up to date (run `npm run generate:types`)', async () => {
  const { committed, fresh } = await regenerate(path.resolve('payload-types.ts'), 'generate:types')
  expect(committed).toBe(fresh)
})
