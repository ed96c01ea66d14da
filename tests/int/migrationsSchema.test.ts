/**
 * The migrations in migrations/ build the whole schema the config describes: a database made by
 * them (this file's, as every test database now is) against one made by drizzle-kit's push from the
 * config (what `npm run dev` does). A collection changed without its migration fails here.
 */
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { Payload } from 'payload'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { startPayload, stopPayload } from './payloadHarness'
import { withSqlite } from '../support/sqliteFile'

let payload: Payload
const pushedFile = path.join(tmpdir(), `passerelle-pushed-${process.pid}.db`)

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await stopPayload(payload)
  await rm(pushedFile, { force: true })
})

/** Tables with their columns, indexes and foreign keys, in an order-free form (push and migrations order columns differently). */
async function shape(file: string): Promise<Map<string, string[]>> {
  return withSqlite(file, async (run) => {
    const shapes = new Map<string, string[]>()
    for (const [table] of await run(
      // libsql_%: the search index's tables, made at start outside drizzle's schema (lib/search/sqlite/store.ts).
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'libsql_%' ORDER BY name",
    )) {
      const parts: string[] = []
      for (const [name, type, notNull, dflt, pk] of await run(
        `SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('${table}')`,
      ))
        parts.push(`column ${name} ${type} notnull=${notNull} default=${dflt} pk=${pk}`)
      for (const [name, unique, origin] of await run(
        `SELECT name, "unique", origin FROM pragma_index_list('${table}')`,
      )) {
        const columns = (await run(`SELECT name FROM pragma_index_info('${name}') ORDER BY seqno`)).join(',')
        parts.push(`index ${origin === 'pk' ? '(primary key)' : name} unique=${unique} (${columns})`)
      }
      for (const [to, from, toColumn, onUpdate, onDelete] of await run(
        `SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list('${table}')`,
      ))
        parts.push(`foreign key ${from} → ${to}.${toColumn} update ${onUpdate} delete ${onDelete}`)
      shapes.set(String(table), parts.sort())
    }
    return shapes
  })
}

test('the migrations make every table, column, index and foreign key a schema push makes', async () => {
  const adapter = payload.db as unknown as SQLiteAdapter
  const client = createClient({ url: `file:${pushedFile}` })
  const { pushSchema } = adapter.requireDrizzleKit()
  const { apply } = await pushSchema(adapter.schema, drizzle(client) as unknown as Parameters<typeof pushSchema>[1])
  await apply()
  client.close()

  const migratedFile = (process.env.DATABASE_URI ?? '').replace(/^file:/, '')
  const [migrated, pushed] = [await shape(migratedFile), await shape(pushedFile)]
  expect([...migrated.keys()]).toEqual([...pushed.keys()])
  const extra: string[] = []
  for (const [table, parts] of pushed) {
    const made = migrated.get(table) ?? []
    expect({ table, missing: parts.filter((part) => !made.includes(part)) }).toEqual({ table, missing: [] })
    extra.push(...made.filter((part) => !parts.includes(part)).map((part) => `${table}: ${part}`))
  }
  // Beyond the config: the `_parent_id` index of every locales table, added for the site's reads at
  // scale by 20261123_183132_bench_indexes (the config has no way to declare them).
  expect(extra.length).toBeGreaterThan(0)
  for (const part of extra)
    expect(part).toMatch(/^(\w+)_locales: index \1_locales_parent_id_idx unique=0 \(_parent_id\)$/)
}, 120_000)
