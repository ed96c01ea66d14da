/**
 * What the SQLite file holds, read with plain SQL (no drizzle-kit, which may ask questions): its
 * tables and columns, and whether a development-mode schema push marked it.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

type Client = SQLiteAdapter['client']

async function tableExists(client: Client, name: string): Promise<boolean> {
  const { rows } = await client.execute({
    sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
    args: [name],
  })
  return rows.length > 0
}

/**
 * A schema push outside migrations leaves a row with batch -1 in payload_migrations; Payload's
 * `migrate` then asks "data loss will occur. Would you like to proceed?" before running anything.
 */
export async function hasDevPushMarker(client: Client): Promise<boolean> {
  if (!(await tableExists(client, 'payload_migrations'))) return false
  const { rows } = await client.execute('SELECT 1 FROM payload_migrations WHERE batch = -1 LIMIT 1')
  return rows.length > 0
}

export async function clearDevPushMarker(client: Client): Promise<void> {
  await client.execute('DELETE FROM payload_migrations WHERE batch = -1')
}

/** The tables and columns the config's schema needs that the file lacks, as `table t` / `column t.c`. */
export async function missingFromSchema(adapter: Pick<SQLiteAdapter, 'client' | 'rawTables'>): Promise<string[]> {
  const { rows } = await adapter.client.execute(
    "SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'",
  )
  const present = new Map<string, Set<string>>()
  for (const row of rows) {
    const table = String(row.table_name)
    if (!present.has(table)) present.set(table, new Set())
    present.get(table)?.add(String(row.column_name))
  }
  const missing: string[] = []
  for (const table of Object.values(adapter.rawTables)) {
    const columns = present.get(table.name)
    if (!columns) {
      missing.push(`table ${table.name}`)
      continue
    }
    for (const column of Object.values(table.columns))
      if (!columns.has(column.name)) missing.push(`column ${table.name}.${column.name}`)
  }
  return missing
}

/** `a, b, c and 4 more`: a list that stays on one line. */
export function shortList(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).join(', ')
  return items.length > shown ? `${head} and ${items.length - shown} more` : head
}
