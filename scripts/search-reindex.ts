/**
 * `npm run search:reindex` — rebuilds the site search's index from the published documents, with
 * progress. Visitors keep finding everything while it runs (SQLite: it builds fresh tables and swaps
 * them in at the end; MongoDB: a batch per transaction). Refuses in one line, exit 1, when the
 * database does not exist or holds no Passerelle data.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { parseJobArgs, wholeNumberProblem } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

const usage = `Usage: npm run search:reindex [-- --batch 2000]
  Rebuilds the search index (SQLite: FTS5 tables; MongoDB: the search_entries collection and its
  text index) from every published press release, event, programme and office, in every language;
  on SQLite, the news list's filter keys too.
  --batch N   documents read and written per transaction (default 2000)`

const { values } = parseJobArgs({ options: { batch: { type: 'string' } } }, usage, ({ values }) =>
  wholeNumberProblem('batch', values.batch),
)

runScript(async () => {
  const uri = process.env.DATABASE_URI || 'file:./data/passerelle.db'
  if (uri.startsWith('file:')) {
    const file = path.resolve(uri.slice('file:'.length).split('?')[0])
    if (!existsSync(file)) {
      console.error(`search:reindex: the database ${file} does not exist: nothing to index (check DATABASE_URI).`)
      return 1
    }
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: uri })
    const tables = await client.execute(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'payload_migrations'`)
    client.close()
    if (Number(tables.rows[0]?.n ?? 0) === 0) {
      console.error(
        `search:reindex: ${file} is not a Passerelle database (no payload_migrations table): nothing to index. Start the site once on it, or check DATABASE_URI.`,
      )
      return 1
    }
  }
  const indexing = await import('../lib/search/indexing')
  // This job builds the index itself: the start must not build a missing one first.
  indexing.initialBuild.skip = true
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  const started = performance.now()
  let lastLine = 0
  const result = await indexing.rebuildSearchIndex(
    payload,
    ({ collection, done, total, entries }) => {
      if (performance.now() - lastLine < 1000 && done < total) return
      lastLine = performance.now()
      const seconds = (performance.now() - started) / 1000
      console.log(`${collection}: ${done}/${total} documents, ${entries} entries so far (${seconds.toFixed(1)} s)`)
    },
    values.batch ? Number(values.batch) : undefined,
    // This job runs through tsx, so the worker thread can load the TypeScript reader.
    { inWorker: true },
  )
  const seconds = (performance.now() - started) / 1000
  console.log(
    `search index rebuilt: ${result.entries} entries (document × language) for ${result.documents} documents in ${seconds.toFixed(1)} s`,
  )
  console.log(`REINDEX_REPORT ${JSON.stringify({ ...result, seconds })}`)
  // SQLite: the news list's filter keys are derived from the releases too, and written again with it.
  const { rebuildReleaseKeys } = await import('../lib/content/releaseKeysOnSqlite')
  const keysStarted = performance.now()
  if (await rebuildReleaseKeys(payload))
    console.log(`news list's filter keys rebuilt in ${((performance.now() - keysStarted) / 1000).toFixed(1)} s`)
  await payload.destroy()
  return 0
})
