import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The admin's name of a document in every language (`adminTitle`, translation/fields/adminTitle.ts):
 * its own title there, else its original title marked with the original language.
 *
 * - Media's alt text loses NOT NULL: it is required in the original language only (a validator),
 *   and the other languages now hold a row for their admin name (offices lost theirs with their
 *   drafts, 20261130_084902). Written by hand instead of drizzle's rebuild, which copied an
 *   `admin_title` column the old table does not have and dropped the `_parent_id` index of
 *   20261123_183132_bench_indexes.
 * - Every existing document and version gets its name in every language (rows added where a
 *   language had none), so lists and pickers name them from the first start.
 */
type Db = MigrateUpArgs['db']

const LOCALES = ['en', 'fr', 'es', 'ar']
const localeRows = LOCALES.map((l) => `SELECT '${l}' AS code`).join(' UNION ALL ')

async function rebuildNullable(db: Db, table: string, create: string, columns: string[], indexes: string[]) {
  await db.run(sql.raw(create))
  const list = columns.map((c) => `"${c}"`).join(', ')
  await db.run(sql.raw(`INSERT INTO \`__new_${table}\` (${list}) SELECT ${list} FROM \`${table}\`;`))
  await db.run(sql.raw(`DROP TABLE \`${table}\`;`))
  await db.run(sql.raw(`ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\`;`))
  for (const index of indexes) await db.run(sql.raw(index))
}

/** Every document (or version) gets a row in every language, then its name there. */
async function fillNames(db: Db, parent: string, prefix: '' | 'version_', title: string) {
  const locales = `${parent}_locales`
  await db.run(
    sql.raw(`INSERT INTO \`${locales}\` (_locale, _parent_id)
      SELECT l.code, d.id FROM \`${parent}\` d CROSS JOIN (${localeRows}) l
      WHERE NOT EXISTS (SELECT 1 FROM \`${locales}\` x WHERE x._parent_id = d.id AND x._locale = l.code);`),
  )
  const own = `${prefix}${title}`
  await db.run(
    sql.raw(`UPDATE \`${locales}\` SET ${prefix}admin_title = CASE
        WHEN trim(coalesce(${own}, '')) <> '' THEN ${own}
        ELSE (SELECT s.${own} || ' [' || upper(d.${prefix}source_locale) || ']'
              FROM \`${parent}\` d JOIN \`${locales}\` s ON s._parent_id = d.id AND s._locale = d.${prefix}source_locale
              WHERE d.id = \`${locales}\`._parent_id AND trim(coalesce(s.${own}, '')) <> '')
      END;`),
  )
}

/** Collections with drafts (their versions are named too), and the field that names their documents. */
const VERSIONED = [
  { table: 'press_releases', title: 'title' },
  { table: 'events', title: 'title' },
  { table: 'health_programmes', title: 'title' },
  { table: 'pages', title: 'title' },
  { table: 'offices', title: 'name' },
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await rebuildNullable(
    db,
    'media_locales',
    `CREATE TABLE \`__new_media_locales\` (
  	\`alt\` text,
  	\`caption\` text,
  	\`credit\` text,
  	\`admin_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );`,
    ['alt', 'caption', 'credit', 'id', '_locale', '_parent_id'],
    [
      'CREATE UNIQUE INDEX `media_locales_locale_parent_id_unique` ON `media_locales` (`_locale`,`_parent_id`);',
      'CREATE INDEX `media_locales_parent_id_idx` ON `media_locales` (`_parent_id`);',
    ],
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  for (const { table, title } of VERSIONED) {
    await db.run(sql.raw(`ALTER TABLE \`${table}_locales\` ADD \`admin_title\` text;`))
    await db.run(sql.raw(`ALTER TABLE \`_${table}_v_locales\` ADD \`version_admin_title\` text;`))
    await fillNames(db, table, '', title)
    await fillNames(db, `_${table}_v`, 'version_', title)
  }
  await fillNames(db, 'media', '', 'alt')
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Names only: the rows added for other languages and the nullable columns stay (harmless, and
  // restoring NOT NULL would refuse the untranslated languages' rows).
  for (const { table } of VERSIONED) {
    await db.run(sql.raw(`ALTER TABLE \`${table}_locales\` DROP COLUMN \`admin_title\`;`))
    await db.run(sql.raw(`ALTER TABLE \`_${table}_v_locales\` DROP COLUMN \`version_admin_title\`;`))
  }
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`admin_title\`;`)
}
