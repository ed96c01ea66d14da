import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`health_programmes\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_health_programmes_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_status\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`health_programmes\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_health_programmes_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`offices\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_status\`;`)
}
