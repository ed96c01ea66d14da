/** Reading a SQLite file beside the process that uses it: its schema, its migrations, one statement. */
import { createClient } from '@libsql/client'

export async function withSqlite<T>(file: string, work: (run: (sql: string) => Promise<unknown[][]>) => Promise<T>) {
  const client = createClient({ url: `file:${file}` })
  try {
    return await work(async (sql) =>
      (await client.execute(sql)).rows.map((row) => Array.from({ length: row.length }, (_, i) => row[i])),
    )
  } finally {
    client.close()
  }
}

/** Every table, index and trigger with its SQL, and every migration recorded with its batch. */
export function schemaAndMigrations(file: string) {
  return withSqlite(file, async (run) => ({
    schema: await run("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"),
    migrations: await run('SELECT name, batch FROM payload_migrations ORDER BY id'),
  }))
}
