import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`health_programmes_locales\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_health_programmes_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` ADD \`search_text\` text;`)
  // Documents saved before this field existed: their rich text's words, so search finds them at once
  // (the next save replaces this with the field hook's paragraph-aware text).
  for (const [table, column] of [
    ['press_releases_locales', 'body'],
    ['events_locales', 'description'],
    ['health_programmes_locales', 'body'],
    ['offices_locales', 'description'],
  ]) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET \`search_text\` = (SELECT group_concat(value, ' ') FROM json_tree(\`${table}\`.\`${column}\`) WHERE key = 'text') WHERE \`${column}\` IS NOT NULL AND json_valid(\`${column}\`)`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`health_programmes_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_health_programmes_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` DROP COLUMN \`search_text\`;`)
}
