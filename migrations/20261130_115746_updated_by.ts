// ON DELETE clauses added by hand to the ADD COLUMN statements: drizzle-kit leaves them out there,
// and SQLite would then refuse to delete a user who saved a document (a push makes them `set null`).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`press_releases\` ADD \`updated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`press_releases_updated_by_idx\` ON \`press_releases\` (\`updated_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_press_releases_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_updated_by_idx\` ON \`_press_releases_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`events\` ADD \`updated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`events_updated_by_idx\` ON \`events\` (\`updated_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_events_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_by_idx\` ON \`_events_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`health_programmes\` ADD \`updated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`health_programmes_updated_by_idx\` ON \`health_programmes\` (\`updated_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_health_programmes_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_health_programmes_v_version_version_updated_by_idx\` ON \`_health_programmes_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`offices\` ADD \`updated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`offices_updated_by_idx\` ON \`offices\` (\`updated_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_offices_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version_updated_by_idx\` ON \`_offices_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`pages\` ADD \`updated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`pages_updated_by_idx\` ON \`pages\` (\`updated_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_pages_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_updated_by_idx\` ON \`_pages_v\` (\`version_updated_by_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_locale\` text,
  	\`translation_status\` text,
  	\`published_date\` text,
  	\`publisheddate_tz\` text DEFAULT 'Europe/Zurich',
  	\`time_zone\` text DEFAULT 'Europe/Zurich',
  	\`dateline_office_id\` integer,
  	\`hero_image_id\` integer,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`dateline_office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_press_releases\`("id", "source_locale", "translation_status", "published_date", "publisheddate_tz", "time_zone", "dateline_office_id", "hero_image_id", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "source_locale", "translation_status", "published_date", "publisheddate_tz", "time_zone", "dateline_office_id", "hero_image_id", "meta_image_id", "updated_at", "created_at", "_status" FROM \`press_releases\`;`,
  )
  await db.run(sql`DROP TABLE \`press_releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases\` RENAME TO \`press_releases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`press_releases_source_locale_idx\` ON \`press_releases\` (\`source_locale\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_published_date_idx\` ON \`press_releases\` (\`published_date\`);`)
  await db.run(
    sql`CREATE INDEX \`press_releases_dateline_dateline_office_idx\` ON \`press_releases\` (\`dateline_office_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`press_releases_hero_image_idx\` ON \`press_releases\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_meta_meta_image_idx\` ON \`press_releases\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_updated_at_idx\` ON \`press_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_at_idx\` ON \`press_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`_status_publishedDate_createdAt_idx\` ON \`press_releases\` (\`_status\`,\`published_date\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__press_releases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_source_locale\` text,
  	\`version_translation_status\` text,
  	\`version_published_date\` text,
  	\`version_publisheddate_tz\` text DEFAULT 'Europe/Zurich',
  	\`version_time_zone\` text DEFAULT 'Europe/Zurich',
  	\`version_dateline_office_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_dateline_office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__press_releases_v\`("id", "parent_id", "version_source_locale", "version_translation_status", "version_published_date", "version_publisheddate_tz", "version_time_zone", "version_dateline_office_id", "version_hero_image_id", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_source_locale", "version_translation_status", "version_published_date", "version_publisheddate_tz", "version_time_zone", "version_dateline_office_id", "version_hero_image_id", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_press_releases_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_press_releases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v\` RENAME TO \`_press_releases_v\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_parent_idx\` ON \`_press_releases_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_source_locale_idx\` ON \`_press_releases_v\` (\`version_source_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_published_date_idx\` ON \`_press_releases_v\` (\`version_published_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_dateline_version_dateline_offi_idx\` ON \`_press_releases_v\` (\`version_dateline_office_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_hero_image_idx\` ON \`_press_releases_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_meta_version_meta_image_idx\` ON \`_press_releases_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_updated_at_idx\` ON \`_press_releases_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_created_at_idx\` ON \`_press_releases_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_press_releases_v_created_at_idx\` ON \`_press_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_updated_at_idx\` ON \`_press_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_snapshot_idx\` ON \`_press_releases_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_published_locale_idx\` ON \`_press_releases_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_press_releases_v_latest_idx\` ON \`_press_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_autosave_idx\` ON \`_press_releases_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedDate_version_createdAt_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_published_date\`,\`version_created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_locale\` text,
  	\`translation_status\` text,
  	\`kind\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`office_id\` integer,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Europe/Zurich',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Zurich',
  	\`time_zone\` text DEFAULT 'Europe/Zurich',
  	\`all_day\` integer DEFAULT false,
  	\`online_link\` text,
  	\`registration_link\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_events\`("id", "source_locale", "translation_status", "kind", "status", "office_id", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "time_zone", "all_day", "online_link", "registration_link", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "source_locale", "translation_status", "kind", "status", "office_id", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "time_zone", "all_day", "online_link", "registration_link", "meta_image_id", "updated_at", "created_at", "_status" FROM \`events\`;`,
  )
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE INDEX \`events_source_locale_idx\` ON \`events\` (\`source_locale\`);`)
  await db.run(sql`CREATE INDEX \`events_office_idx\` ON \`events\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_ends_at_idx\` ON \`events\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`events_meta_meta_image_idx\` ON \`events\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`_status_startsAt_createdAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_source_locale\` text,
  	\`version_translation_status\` text,
  	\`version_kind\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_office_id\` integer,
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Europe/Zurich',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Europe/Zurich',
  	\`version_time_zone\` text DEFAULT 'Europe/Zurich',
  	\`version_all_day\` integer DEFAULT false,
  	\`version_online_link\` text,
  	\`version_registration_link\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_source_locale", "version_translation_status", "version_kind", "version_status", "version_office_id", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_time_zone", "version_all_day", "version_online_link", "version_registration_link", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_source_locale", "version_translation_status", "version_kind", "version_status", "version_office_id", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_time_zone", "version_all_day", "version_online_link", "version_registration_link", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_events_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_source_locale_idx\` ON \`_events_v\` (\`version_source_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_version_version_office_idx\` ON \`_events_v\` (\`version_office_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_ends_at_idx\` ON \`_events_v\` (\`version_ends_at\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_meta_version_meta_image_idx\` ON \`_events_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_startsAt_version_createdAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`,\`version_created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_health_programmes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_locale\` text,
  	\`translation_status\` text,
  	\`status\` text DEFAULT 'active',
  	\`hero_image_id\` integer,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_health_programmes\`("id", "source_locale", "translation_status", "status", "hero_image_id", "period_start", "period_end", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "source_locale", "translation_status", "status", "hero_image_id", "period_start", "period_end", "meta_image_id", "updated_at", "created_at", "_status" FROM \`health_programmes\`;`,
  )
  await db.run(sql`DROP TABLE \`health_programmes\`;`)
  await db.run(sql`ALTER TABLE \`__new_health_programmes\` RENAME TO \`health_programmes\`;`)
  await db.run(sql`CREATE INDEX \`health_programmes_source_locale_idx\` ON \`health_programmes\` (\`source_locale\`);`)
  await db.run(sql`CREATE INDEX \`health_programmes_hero_image_idx\` ON \`health_programmes\` (\`hero_image_id\`);`)
  await db.run(
    sql`CREATE INDEX \`health_programmes_meta_meta_image_idx\` ON \`health_programmes\` (\`meta_image_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`health_programmes_updated_at_idx\` ON \`health_programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`health_programmes_created_at_idx\` ON \`health_programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`health_programmes__status_idx\` ON \`health_programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__health_programmes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_source_locale\` text,
  	\`version_translation_status\` text,
  	\`version_status\` text DEFAULT 'active',
  	\`version_hero_image_id\` integer,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`health_programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__health_programmes_v\`("id", "parent_id", "version_source_locale", "version_translation_status", "version_status", "version_hero_image_id", "version_period_start", "version_period_end", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_source_locale", "version_translation_status", "version_status", "version_hero_image_id", "version_period_start", "version_period_end", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_health_programmes_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_health_programmes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__health_programmes_v\` RENAME TO \`_health_programmes_v\`;`)
  await db.run(sql`CREATE INDEX \`_health_programmes_v_parent_idx\` ON \`_health_programmes_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_health_programmes_v_version_version_source_locale_idx\` ON \`_health_programmes_v\` (\`version_source_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_health_programmes_v_version_version_hero_image_idx\` ON \`_health_programmes_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_health_programmes_v_version_meta_version_meta_image_idx\` ON \`_health_programmes_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_health_programmes_v_version_version_updated_at_idx\` ON \`_health_programmes_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_health_programmes_v_version_version_created_at_idx\` ON \`_health_programmes_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_health_programmes_v_version_version__status_idx\` ON \`_health_programmes_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_health_programmes_v_created_at_idx\` ON \`_health_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_programmes_v_updated_at_idx\` ON \`_health_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_programmes_v_snapshot_idx\` ON \`_health_programmes_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_health_programmes_v_published_locale_idx\` ON \`_health_programmes_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_health_programmes_v_latest_idx\` ON \`_health_programmes_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_health_programmes_v_autosave_idx\` ON \`_health_programmes_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_offices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_locale\` text,
  	\`translation_status\` text,
  	\`kind\` text,
  	\`region\` text,
  	\`country\` text,
  	\`parent_id\` integer,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`time_zone\` text DEFAULT 'Europe/Zurich',
  	\`phone\` text,
  	\`email\` text,
  	\`head_of_office\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_offices\`("id", "source_locale", "translation_status", "kind", "region", "country", "parent_id", "latitude", "longitude", "time_zone", "phone", "email", "head_of_office", "updated_at", "created_at", "_status") SELECT "id", "source_locale", "translation_status", "kind", "region", "country", "parent_id", "latitude", "longitude", "time_zone", "phone", "email", "head_of_office", "updated_at", "created_at", "_status" FROM \`offices\`;`,
  )
  await db.run(sql`DROP TABLE \`offices\`;`)
  await db.run(sql`ALTER TABLE \`__new_offices\` RENAME TO \`offices\`;`)
  await db.run(sql`CREATE INDEX \`offices_source_locale_idx\` ON \`offices\` (\`source_locale\`);`)
  await db.run(sql`CREATE INDEX \`offices_region_idx\` ON \`offices\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`offices_country_idx\` ON \`offices\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`offices_parent_idx\` ON \`offices\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offices_updated_at_idx\` ON \`offices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offices_created_at_idx\` ON \`offices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`offices__status_idx\` ON \`offices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__offices_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__offices_v\`("id", "parent_id", "version_source_locale", "version_translation_status", "version_kind", "version_region", "version_country", "version_parent_id", "version_latitude", "version_longitude", "version_time_zone", "version_phone", "version_email", "version_head_of_office", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_source_locale", "version_translation_status", "version_kind", "version_region", "version_country", "version_parent_id", "version_latitude", "version_longitude", "version_time_zone", "version_phone", "version_email", "version_head_of_office", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_offices_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_offices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__offices_v\` RENAME TO \`_offices_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_locale\` text,
  	\`translation_status\` text,
  	\`parent_id\` integer,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_pages\`("id", "source_locale", "translation_status", "parent_id", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "source_locale", "translation_status", "parent_id", "meta_image_id", "updated_at", "created_at", "_status" FROM \`pages\`;`,
  )
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`CREATE INDEX \`pages_source_locale_idx\` ON \`pages\` (\`source_locale\`);`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_meta_meta_image_idx\` ON \`pages\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_source_locale\` text,
  	\`version_translation_status\` text,
  	\`version_parent_id\` integer,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_source_locale", "version_translation_status", "version_parent_id", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_source_locale", "version_translation_status", "version_parent_id", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_pages_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_source_locale_idx\` ON \`_pages_v\` (\`version_source_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_parent_idx\` ON \`_pages_v\` (\`version_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_meta_version_meta_image_idx\` ON \`_pages_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`)
}
