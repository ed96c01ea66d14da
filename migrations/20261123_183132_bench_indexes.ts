import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Indexes the site's queries need at 10,000+ documents (measured with scripts/bench/explain.ts).
 *
 * - Published lists in date order (the collections' `indexes`): the list reads the index in order and
 *   stops at the page's last row instead of sorting every document.
 * - `_parent_id` of every `*_locales` table (not expressible in Payload's config): Payload reads a
 *   document's localized fields with a subquery `WHERE _parent_id = ?`, and the only index there is
 *   the unique (`_locale`, `_parent_id`), which cannot serve it — each row read scanned the whole
 *   locales table (a 10-item news page took 205 s at N = 10,000; 22 ms with this index).
 *
 * `migrate:create` also re-added the translationStatus columns (the previous snapshot lacked them;
 * 20261123_112045_translation_status adds them): those statements are left out, the new snapshot
 * (.json) is right.
 */
const LOCALES_TABLES = [
  'press_releases_locales',
  '_press_releases_v_locales',
  'events_locales',
  '_events_v_locales',
  'events_organisers_locales',
  '_events_v_version_organisers_locales',
  'health_programmes_locales',
  '_health_programmes_v_locales',
  'health_programmes_partners_locales',
  '_health_programmes_v_version_partners_locales',
  'offices_locales',
  'pages_locales',
  '_pages_v_locales',
  'media_locales',
  'site_locales',
  'navigation_header_locales',
  'navigation_header_children_locales',
  'navigation_footer_locales',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`_status_publishedDate_createdAt_idx\` ON \`press_releases\` (\`_status\`,\`published_date\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedDate_version_createdAt_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_published_date\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_startsAt_createdAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_startsAt_version_createdAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`,\`version_created_at\`);`,
  )
  for (const table of LOCALES_TABLES)
    await db.run(sql.raw(`CREATE INDEX \`${table}_parent_id_idx\` ON \`${table}\` (\`_parent_id\`);`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of LOCALES_TABLES) await db.run(sql.raw(`DROP INDEX \`${table}_parent_id_idx\`;`))
  await db.run(sql`DROP INDEX \`_status_publishedDate_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedDate_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_startsAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_startsAt_version_createdAt_idx\`;`)
}
