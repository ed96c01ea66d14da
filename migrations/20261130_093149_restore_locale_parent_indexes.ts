import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Puts back the `_parent_id` index of every `*_locales` table (20261123_183132_bench_indexes) where
 * it is missing, and does nothing where it is there.
 *
 * Missing on databases that a command-line job opened without NODE_ENV before jobs stopped pushing
 * the schema: drizzle-kit's push makes the database match the config, which cannot declare these
 * indexes, so it dropped all 18 (measured on a migrated copy: 18 `DROP INDEX` statements, no warning)
 * and left the "dev" row that stops every start (`npm run migrate` clears it). Reads of localized
 * fields then scanned whole tables again (a 10-item news page: 205 s at 10,000 documents, 22 ms with
 * the index).
 *
 * No snapshot (.json) beside it: the schema the config describes did not change, and a second copy of
 * the previous snapshot could pass for the latest one to `migrate:create` on a branch that adds its own.
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
  for (const table of LOCALES_TABLES)
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${table}_parent_id_idx\` ON \`${table}\` (\`_parent_id\`);`))
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // The indexes belong to 20261123_183132_bench_indexes, whose `down` drops them.
}
