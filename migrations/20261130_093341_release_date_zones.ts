import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * A press release's date is the date where it is issued (its dateline): it gets a time zone, and
 * its publication date is typed and shown in the admin in it (fields/zonedDate, Payload's
 * `publishedDate_tz` companion), and printed on the site in it.
 *
 * The data step gives each release, and each of its versions, the zone of its dateline's issuing
 * office, or the headquarters' (Europe/Zurich) when it names none, and copies it into the
 * companion. No stored instant (`published_date`) changes.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`publisheddate_tz\` text DEFAULT 'Europe/Zurich';`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`time_zone\` text DEFAULT 'Europe/Zurich';`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_publisheddate_tz\` text DEFAULT 'Europe/Zurich';`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_time_zone\` text DEFAULT 'Europe/Zurich';`)
  await zoneReleasesByDateline(db)
}

/** The data step, on its own for tests/int/zonedDates.test.ts. */
export async function zoneReleasesByDateline(db: MigrateUpArgs['db']): Promise<void> {
  await db.run(sql`UPDATE \`press_releases\` SET \`time_zone\` = COALESCE(
    (SELECT \`offices\`.\`time_zone\` FROM \`offices\` WHERE \`offices\`.\`id\` = \`press_releases\`.\`dateline_office_id\`),
    'Europe/Zurich');`)
  await db.run(sql`UPDATE \`press_releases\` SET \`publisheddate_tz\` = \`time_zone\`;`)
  await db.run(sql`UPDATE \`_press_releases_v\` SET \`version_time_zone\` = COALESCE(
    (SELECT \`offices\`.\`time_zone\` FROM \`offices\` WHERE \`offices\`.\`id\` = \`_press_releases_v\`.\`version_dateline_office_id\`),
    'Europe/Zurich');`)
  await db.run(sql`UPDATE \`_press_releases_v\` SET \`version_publisheddate_tz\` = \`version_time_zone\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`publisheddate_tz\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`time_zone\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_publisheddate_tz\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_time_zone\`;`)
}
