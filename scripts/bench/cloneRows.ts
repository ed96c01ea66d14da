/**
 * Bulk copies of documents Payload wrote, at the SQLite level: a model document's rows in every
 * table that belongs to it (locales, arrays, hasMany selects, relationships, its latest version and
 * that version's own tables) are read once, then written again under new ids with a few columns
 * replaced (title, slug, summary, dates), many documents per transaction. The tables are found from
 * the schema's foreign keys, so a field added to a collection is copied without a change here.
 *
 * Only for the benchmark generator: the site itself never writes outside Payload.
 */

export type SqlValue = string | number | bigint | null | ArrayBuffer | Uint8Array
type Row = Record<string, SqlValue>

/** The part of the libsql client (payload.db.client on SQLite) used here. */
export interface SqlClient {
  execute(
    statement: string | { sql: string; args: SqlValue[] },
  ): Promise<{ columns: string[]; rows: ArrayLike<unknown>[] }>
  batch(statements: { sql: string; args: SqlValue[] }[], mode: 'write'): Promise<unknown>
}

interface RowNode {
  table: string
  row: Row
  /** The column of `row` that points at its parent's id (absent for the root). */
  parentColumn?: string
  children: RowNode[]
}

/** Which replaced values a row receives: the document's own columns, or one locale's text. */
export type RowRole = 'document' | 'locale' | 'other'

export interface CloneValues {
  /** Columns (without Payload's `version_` prefix) of the document and version rows. */
  document: Row
  /** Columns of the document's and version's locale rows, per locale code. */
  locale: Record<string, Row>
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

async function query(client: SqlClient, sql: string, args: SqlValue[] = []): Promise<Row[]> {
  const result = await client.execute({ sql, args })
  return result.rows.map((r) => {
    const source = r as unknown as Record<string, SqlValue>
    const row: Row = {}
    for (const column of result.columns) row[column] = source[column]
    return row
  })
}

export class RowCloner {
  private children = new Map<string, { table: string; column: string }[]>()
  private textId = 0
  private nextId = new Map<string, number>()
  private columns = new Map<string, string[]>()
  private pending = new Map<string, Row[]>()
  private order: string[] = []
  rowsWritten = 0

  private constructor(private client: SqlClient) {}

  static async open(client: SqlClient): Promise<RowCloner> {
    const cloner = new RowCloner(client)
    const tables = await query(
      client,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    for (const { name } of tables) {
      const table = String(name)
      for (const fk of await query(client, `PRAGMA foreign_key_list(${quote(table)})`)) {
        // A row belongs to another when its parent column points at it (Payload's _parent_id / parent_id).
        if (fk.from !== '_parent_id' && fk.from !== 'parent_id') continue
        const parent = String(fk.table)
        cloner.children.set(parent, [...(cloner.children.get(parent) ?? []), { table, column: String(fk.from) }])
      }
      cloner.columns.set(
        table,
        (await query(client, `PRAGMA table_info(${quote(table)})`)).map((c) => String(c.name)),
      )
    }
    return cloner
  }

  /** A document's rows in every table that belongs to it; of its versions, only the latest. */
  async load(table: string, id: number): Promise<RowNode> {
    const [row] = await query(this.client, `SELECT * FROM ${quote(table)} WHERE id = ?`, [id])
    if (!row) throw new Error(`${table} ${id} not found`)
    return this.loadChildren({ table, row, children: [] })
  }

  private async loadChildren(node: RowNode): Promise<RowNode> {
    for (const child of this.children.get(node.table) ?? []) {
      const latestOnly = this.columns.get(child.table)?.includes('latest') ? ' AND latest = 1' : ''
      const rows = await query(
        this.client,
        `SELECT * FROM ${quote(child.table)} WHERE ${quote(child.column)} = ?${latestOnly}`,
        [node.row.id],
      )
      for (const row of rows)
        node.children.push(
          await this.loadChildren({ table: child.table, row, parentColumn: child.column, children: [] }),
        )
    }
    return node
  }

  private async newId(table: string, old: SqlValue): Promise<SqlValue> {
    if (typeof old === 'string') return `b${(++this.textId).toString(16).padStart(23, '0')}`
    let next = this.nextId.get(table)
    if (next === undefined) {
      const [max] = await query(this.client, `SELECT COALESCE(MAX(id), 0) AS max FROM ${quote(table)}`)
      next = Number(max.max) + 1
    }
    this.nextId.set(table, next + 1)
    return next
  }

  /**
   * Queues a copy of `model` (from `load`) with `values` replacing columns; `roleOf` tells which
   * tables are the document's own and which its locale rows. Returns the new document id.
   */
  async clone(model: RowNode, values: CloneValues, roleOf: (table: string) => RowRole): Promise<number> {
    const copy = async (node: RowNode, parentId: SqlValue | undefined): Promise<SqlValue> => {
      const id = await this.newId(node.table, node.row.id)
      const row: Row = { ...node.row, id }
      if (node.parentColumn && parentId !== undefined) row[node.parentColumn] = parentId
      if ('_uuid' in row && row._uuid !== null) row._uuid = `u${(++this.textId).toString(16).padStart(23, '0')}`
      const role = roleOf(node.table)
      const replaced =
        role === 'document' ? values.document : role === 'locale' ? values.locale[String(row._locale)] : undefined
      if (replaced)
        for (const column of Object.keys(row)) {
          const base = column.replace(/^version_/, '')
          // Only where the model has a value: a locale it is not translated into stays empty.
          if (base in replaced && (role === 'document' || row[column] !== null)) row[column] = replaced[base]
        }
      this.queue(node.table, row)
      for (const child of node.children) await copy(child, id)
      return id
    }
    return Number(await copy(model, undefined))
  }

  private queue(table: string, row: Row) {
    if (!this.pending.has(table)) {
      this.pending.set(table, [])
      if (!this.order.includes(table)) this.order.push(table)
    }
    this.pending.get(table)?.push(row)
  }

  /** Writes everything queued in one transaction, parents before children. */
  async flush(): Promise<void> {
    const statements: { sql: string; args: SqlValue[] }[] = []
    for (const table of this.order) {
      const rows = this.pending.get(table) ?? []
      if (rows.length === 0) continue
      const columns = Object.keys(rows[0])
      const perStatement = Math.max(1, Math.floor(9000 / columns.length))
      for (let start = 0; start < rows.length; start += perStatement) {
        const chunk = rows.slice(start, start + perStatement)
        const placeholders = chunk.map(() => `(${columns.map(() => '?').join(',')})`).join(',')
        statements.push({
          sql: `INSERT INTO ${quote(table)} (${columns.map(quote).join(',')}) VALUES ${placeholders}`,
          args: chunk.flatMap((r) => columns.map((c) => r[c])),
        })
      }
      this.rowsWritten += rows.length
    }
    this.pending.clear()
    if (statements.length) await this.client.batch(statements, 'write')
  }
}
