import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Events' start and end are typed and shown in the admin in the event's own zone (fields/zonedDate):
 * Payload's time-zone support keeps the zone of each date in a companion `<field>_tz` column.
 *
 * The data step copies each event's zone (`time_zone`), in the documents and in every version, into
 * both companions, so that an event saved before reads 10:00 in the admin where visitors read 10:00.
 * No stored instant (`starts_at`, `ends_at`) changes. The column default only serves rows written
 * without the zone; the collection's hook always sets it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`startsat_tz\` text DEFAULT 'Europe/Zurich';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`endsat_tz\` text DEFAULT 'Europe/Zurich';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_startsat_tz\` text DEFAULT 'Europe/Zurich';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_endsat_tz\` text DEFAULT 'Europe/Zurich';`)
  await copyEventZones(db)
}

/** The data step, on its own for tests/int/eventZonesMigration.test.ts. */
export async function copyEventZones(db: MigrateUpArgs['db']): Promise<void> {
  await db.run(
    sql`UPDATE \`events\` SET \`startsat_tz\` = \`time_zone\`, \`endsat_tz\` = \`time_zone\` WHERE \`time_zone\` IS NOT NULL;`,
  )
  await db.run(
    sql`UPDATE \`_events_v\` SET \`version_startsat_tz\` = \`version_time_zone\`, \`version_endsat_tz\` = \`version_time_zone\` WHERE \`version_time_zone\` IS NOT NULL;`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`startsat_tz\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`endsat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_startsat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_endsat_tz\`;`)
}
