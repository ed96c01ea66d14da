import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { foldForSearch } from '../lib/search/fold'

/** Locale tables with the columns the folded search key is made of (fields/searchText.ts). */
const SOURCES: Array<{ table: string; prefix: string; title: string; summary: string | null }> = [
  { table: 'press_releases_locales', prefix: '', title: 'title', summary: 'summary' },
  { table: '_press_releases_v_locales', prefix: 'version_', title: 'title', summary: 'summary' },
  { table: 'events_locales', prefix: '', title: 'title', summary: 'summary' },
  { table: '_events_v_locales', prefix: 'version_', title: 'title', summary: 'summary' },
  { table: 'health_programmes_locales', prefix: '', title: 'title', summary: 'summary' },
  { table: '_health_programmes_v_locales', prefix: 'version_', title: 'title', summary: 'summary' },
  { table: 'offices_locales', prefix: '', title: 'name', summary: null },
]

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`search_key\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_search_key\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`search_key\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_search_key\` text;`)
  await db.run(sql`ALTER TABLE \`health_programmes_locales\` ADD \`search_key\` text;`)
  await db.run(sql`ALTER TABLE \`_health_programmes_v_locales\` ADD \`version_search_key\` text;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` ADD \`search_key\` text;`)
  // Documents saved before the key existed: made here from what they store, as the field hook would.
  for (const { table, prefix, title, summary } of SOURCES) {
    const columns = [title, summary, 'search_text']
      .filter((c): c is string => c !== null)
      .map((c) => `\`${prefix}${c}\``)
    const rows = await db.all<Record<string, string | number | null>>(
      sql.raw(`SELECT \`id\`, ${columns.join(', ')} FROM \`${table}\``),
    )
    for (const row of rows) {
      const parts = Object.entries(row)
        .filter(([key, value]) => key !== 'id' && typeof value === 'string' && value.trim() !== '')
        .map(([, value]) => value as string)
      if (parts.length === 0) continue
      await db.run(
        sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(`${prefix}search_key`)} = ${foldForSearch(parts.join('\n'))} WHERE \`id\` = ${row.id}`,
      )
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases_locales\` DROP COLUMN \`search_key\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` DROP COLUMN \`version_search_key\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`search_key\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_search_key\`;`)
  await db.run(sql`ALTER TABLE \`health_programmes_locales\` DROP COLUMN \`search_key\`;`)
  await db.run(sql`ALTER TABLE \`_health_programmes_v_locales\` DROP COLUMN \`version_search_key\`;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` DROP COLUMN \`search_key\`;`)
}
