/**
 * What `payload migrate:create` would find, worked out without its questions: Payload asks whether
 * to write a blank migration when nothing changed, and drizzle-kit asks "created or renamed?" when a
 * table (or a table's columns) both appear and disappear. Without a terminal those questions would
 * wait for ever; this tells the caller which one is coming, so it can refuse with one line instead.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

type Snapshot = Awaited<ReturnType<ReturnType<SQLiteAdapter['requireDrizzleKit']>['generateDrizzleJson']>>
type Tables = Record<string, { columns?: Record<string, unknown> }>

export type PendingSchemaChange =
  | { kind: 'none'; since: string }
  | { kind: 'ambiguous'; appeared: string[]; disappeared: string[] }
  | { kind: 'changes' }

function tablesOf(snapshot: unknown): Tables {
  return ((snapshot as { tables?: Tables }).tables ?? {}) as Tables
}

function difference(a: Iterable<string>, b: Set<string>): string[] {
  return [...a].filter((name) => !b.has(name))
}

/** Tables, or a table's columns, that appear while others disappear: drizzle-kit asks which was renamed. */
function renameQuestions(before: Tables, after: Tables): { appeared: string[]; disappeared: string[] } {
  const beforeNames = new Set(Object.keys(before))
  const afterNames = new Set(Object.keys(after))
  const appeared = difference(afterNames, beforeNames)
  const disappeared = difference(beforeNames, afterNames)
  if (appeared.length && disappeared.length) return { appeared, disappeared }
  for (const table of afterNames) {
    if (!beforeNames.has(table)) continue
    const beforeColumns = new Set(Object.keys(before[table].columns ?? {}))
    const afterColumns = new Set(Object.keys(after[table].columns ?? {}))
    const added = difference(afterColumns, beforeColumns)
    const removed = difference(beforeColumns, afterColumns)
    if (added.length && removed.length)
      return { appeared: added.map((c) => `${table}.${c}`), disappeared: removed.map((c) => `${table}.${c}`) }
  }
  return { appeared: [], disappeared: [] }
}

/** The schema of the config against the latest snapshot in the migrations folder, as Payload compares them. */
export async function pendingSchemaChange(adapter: SQLiteAdapter): Promise<PendingSchemaChange> {
  const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
  const after = await generateDrizzleJson(adapter.schema)
  const latest = readdirSync(adapter.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .reverse()[0]
  const before = (
    latest ? JSON.parse(readFileSync(path.join(adapter.migrationDir, latest), 'utf8')) : adapter.defaultDrizzleSnapshot
  ) as Snapshot
  const questions = renameQuestions(tablesOf(before), tablesOf(after))
  if (questions.appeared.length) return { kind: 'ambiguous', ...questions }
  const [up, down] = [await generateMigration(before, after), await generateMigration(after, before)]
  return up.length || down.length ? { kind: 'changes' } : { kind: 'none', since: latest ?? 'no migration yet' }
}
