import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_texts_order_parent\` ON \`events_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_texts_locale_parent\` ON \`events_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_texts_order_parent\` ON \`_events_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_texts_locale_parent\` ON \`_events_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`health_programmes_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`health_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`health_programmes_texts_order_parent\` ON \`health_programmes_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`health_programmes_texts_locale_parent\` ON \`health_programmes_texts\` (\`locale\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_health_programmes_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_health_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_health_programmes_v_texts_order_parent\` ON \`_health_programmes_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_health_programmes_v_texts_locale_parent\` ON \`_health_programmes_v_texts\` (\`locale\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`offices_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offices_texts_order_parent\` ON \`offices_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offices_texts_locale_parent\` ON \`offices_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_offices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_source_locale\` text,
  	\`version_translation_status\` text,
  	\`version_kind\` text,
  	\`version_region\` text,
  	\`version_country\` text,
  	\`version_parent_id\` integer,
  	\`version_latitude\` numeric,
  	\`version_longitude\` numeric,
  	\`version_time_zone\` text DEFAULT 'Europe/Zurich',
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_head_of_office\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_offices_v_parent_idx\` ON \`_offices_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version_source_locale_idx\` ON \`_offices_v\` (\`version_source_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_region_idx\` ON \`_offices_v\` (\`version_region\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_country_idx\` ON \`_offices_v\` (\`version_country\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_parent_idx\` ON \`_offices_v\` (\`version_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version_updated_at_idx\` ON \`_offices_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version_created_at_idx\` ON \`_offices_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_offices_v_version_version__status_idx\` ON \`_offices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_created_at_idx\` ON \`_offices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_updated_at_idx\` ON \`_offices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_snapshot_idx\` ON \`_offices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_published_locale_idx\` ON \`_offices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_latest_idx\` ON \`_offices_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_autosave_idx\` ON \`_offices_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_offices_v_locales\` (
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_city\` text,
  	\`version_address\` text,
  	\`version_description\` text,
  	\`version_search_text\` text,
  	\`version_search_key\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version_slug_idx\` ON \`_offices_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_offices_v_locales_locale_parent_id_unique\` ON \`_offices_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_offices_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offices_v_texts_order_parent\` ON \`_offices_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_texts_locale_parent\` ON \`_offices_v_texts\` (\`locale\`,\`parent_id\`);`)
  // Offices get drafts (an office the page importer finds named but unknown is created as a draft
  // for an editor to complete): a draft may leave required columns empty, and every existing
  // office is published. Not drizzle's generated rebuild (copy, drop, rename): the migration runs
  // in a transaction, where `PRAGMA foreign_keys=OFF` does nothing, so dropping `offices` deleted
  // every office's names and every relationship to an office (ON DELETE cascade / set null), and
  // its copy selected a `_status` column the old table lacks.
  await db.run(sql`ALTER TABLE \`offices\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`UPDATE \`offices\` SET \`_status\` = 'published';`)
  await db.run(sql`CREATE INDEX \`offices__status_idx\` ON \`offices\` (\`_status\`);`)
  await setNotNull(db, 'offices', ['kind', 'region', 'country', 'time_zone'], false)
  await setNotNull(db, 'offices_locales', ['name', 'city'], false)
  // Payload reads a drafts collection's latest versions (the admin's list and edit views, draft
  // reads): every existing office gets one, published, or it would vanish from the admin.
  await db.run(sql`INSERT INTO \`_offices_v\` (\`parent_id\`, \`version_source_locale\`, \`version_translation_status\`, \`version_kind\`, \`version_region\`, \`version_country\`, \`version_parent_id\`, \`version_latitude\`, \`version_longitude\`, \`version_time_zone\`, \`version_phone\`, \`version_email\`, \`version_head_of_office\`, \`version_updated_at\`, \`version_created_at\`, \`version__status\`, \`created_at\`, \`updated_at\`, \`latest\`)
    SELECT \`id\`, \`source_locale\`, \`translation_status\`, \`kind\`, \`region\`, \`country\`, \`parent_id\`, \`latitude\`, \`longitude\`, \`time_zone\`, \`phone\`, \`email\`, \`head_of_office\`, \`updated_at\`, \`created_at\`, 'published', \`updated_at\`, \`updated_at\`, 1 FROM \`offices\`;`)
  await db.run(sql`INSERT INTO \`_offices_v_locales\` (\`version_name\`, \`version_slug\`, \`version_city\`, \`version_address\`, \`version_description\`, \`version_search_text\`, \`version_search_key\`, \`_locale\`, \`_parent_id\`)
    SELECT l.\`name\`, l.\`slug\`, l.\`city\`, l.\`address\`, l.\`description\`, l.\`search_text\`, l.\`search_key\`, l.\`_locale\`, v.\`id\` FROM \`offices_locales\` l JOIN \`_offices_v\` v ON v.\`parent_id\` = l.\`_parent_id\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_texts\`;`)
  await db.run(sql`DROP TABLE \`_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`health_programmes_texts\`;`)
  await db.run(sql`DROP TABLE \`_health_programmes_v_texts\`;`)
  await db.run(sql`DROP TABLE \`offices_texts\`;`)
  await db.run(sql`DROP TABLE \`_offices_v\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_texts\`;`)
  const incomplete = await db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM \`offices\` WHERE \`kind\` IS NULL OR \`region\` IS NULL OR \`country\` IS NULL OR \`time_zone\` IS NULL`,
  )
  if (incomplete && incomplete.n > 0)
    throw new Error(
      `${incomplete.n} draft office(s) lack a kind, region, country or time zone: complete or delete them first.`,
    )
  await setNotNull(db, 'offices', ['kind', 'region', 'country', 'time_zone'], true)
  await setNotNull(db, 'offices_locales', ['name', 'city'], true)
  await db.run(sql`DROP INDEX \`offices__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`offices\` DROP COLUMN \`_status\`;`)
}

type Database = MigrateUpArgs['db']

/**
 * Adds or removes NOT NULL on columns by rewriting the table's stored definition: SQLite's
 * documented procedure for this change (https://sqlite.org/lang_altertable.html#otheralter),
 * which keeps the rows, their ids and every foreign key pointing at them.
 */
async function setNotNull(db: Database, table: string, columns: string[], notNull: boolean): Promise<void> {
  const stored = await db.get<{ sql: string }>(
    sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`,
  )
  if (!stored) throw new Error(`Table ${table} not found.`)
  let definition = stored.sql
  for (const column of columns) {
    const declaration = new RegExp(`(\`${column}\` [^,\\n]*?)( NOT NULL)?(,|\\n)`)
    if (!declaration.test(definition)) throw new Error(`Column ${column} not found in ${table}.`)
    definition = definition.replace(
      declaration,
      (_, head: string, _notNull, end: string) => `${head}${notNull ? ' NOT NULL' : ''}${end}`,
    )
  }
  const version = await db.get<{ schema_version: number }>(sql`PRAGMA schema_version`)
  await db.run(sql`PRAGMA writable_schema = ON`)
  await db.run(sql`UPDATE sqlite_master SET sql = ${definition} WHERE type = 'table' AND name = ${table}`)
  await db.run(sql.raw(`PRAGMA schema_version = ${(version?.schema_version ?? 0) + 1}`))
  await db.run(sql`PRAGMA writable_schema = OFF`)
}
