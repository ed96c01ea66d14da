import * as migration_20261123_105229_initial from './20261123_105229_initial'
import * as migration_20261123_112045_translation_status from './20261123_112045_translation_status'
import * as migration_20261123_114759_site_search_text from './20261123_114759_site_search_text'
import * as migration_20261123_180318_search_key from './20261123_180318_search_key'
import * as migration_20261123_183132_bench_indexes from './20261123_183132_bench_indexes'
import * as migration_20261130_084902_aliases_office_drafts from './20261130_084902_aliases_office_drafts'
import * as migration_20261130_085040_event_date_zones from './20261130_085040_event_date_zones'
import * as migration_20261130_091531_admin_title from './20261130_091531_admin_title'
import * as migration_20261130_093149_restore_locale_parent_indexes from './20261130_093149_restore_locale_parent_indexes'
import * as migration_20261130_093341_release_date_zones from './20261130_093341_release_date_zones'
import * as migration_20261130_114356_redirects from './20261130_114356_redirects'
import * as migration_20261130_115717_users_throttle_not_locks from './20261130_115717_users_throttle_not_locks'
import * as migration_20261130_115746_updated_by from './20261130_115746_updated_by'
import * as migration_20261130_121725_storage_fields_for_s3_uploads from './20261130_121725_storage_fields_for_s3_uploads'
import * as migration_20261130_183324_events_ends_at_index from './20261130_183324_events_ends_at_index'

export const migrations = [
  {
    up: migration_20261123_105229_initial.up,
    down: migration_20261123_105229_initial.down,
    name: '20261123_105229_initial',
  },
  {
    up: migration_20261123_112045_translation_status.up,
    down: migration_20261123_112045_translation_status.down,
    name: '20261123_112045_translation_status',
  },
  {
    up: migration_20261123_114759_site_search_text.up,
    down: migration_20261123_114759_site_search_text.down,
    name: '20261123_114759_site_search_text',
  },
  {
    up: migration_20261123_180318_search_key.up,
    down: migration_20261123_180318_search_key.down,
    name: '20261123_180318_search_key',
  },
  {
    up: migration_20261123_183132_bench_indexes.up,
    down: migration_20261123_183132_bench_indexes.down,
    name: '20261123_183132_bench_indexes',
  },
  {
    up: migration_20261130_084902_aliases_office_drafts.up,
    down: migration_20261130_084902_aliases_office_drafts.down,
    name: '20261130_084902_aliases_office_drafts',
  },
  {
    up: migration_20261130_085040_event_date_zones.up,
    down: migration_20261130_085040_event_date_zones.down,
    name: '20261130_085040_event_date_zones',
  },
  {
    up: migration_20261130_091531_admin_title.up,
    down: migration_20261130_091531_admin_title.down,
    name: '20261130_091531_admin_title',
  },
  {
    up: migration_20261130_093149_restore_locale_parent_indexes.up,
    down: migration_20261130_093149_restore_locale_parent_indexes.down,
    name: '20261130_093149_restore_locale_parent_indexes',
  },
  {
    up: migration_20261130_093341_release_date_zones.up,
    down: migration_20261130_093341_release_date_zones.down,
    name: '20261130_093341_release_date_zones',
  },
  {
    up: migration_20261130_114356_redirects.up,
    down: migration_20261130_114356_redirects.down,
    name: '20261130_114356_redirects',
  },
  {
    up: migration_20261130_115717_users_throttle_not_locks.up,
    down: migration_20261130_115717_users_throttle_not_locks.down,
    name: '20261130_115717_users_throttle_not_locks',
  },
  {
    up: migration_20261130_115746_updated_by.up,
    down: migration_20261130_115746_updated_by.down,
    name: '20261130_115746_updated_by',
  },
  {
    up: migration_20261130_121725_storage_fields_for_s3_uploads.up,
    down: migration_20261130_121725_storage_fields_for_s3_uploads.down,
    name: '20261130_121725_storage_fields_for_s3_uploads',
  },
  {
    up: migration_20261130_183324_events_ends_at_index.up,
    down: migration_20261130_183324_events_ends_at_index.down,
    name: '20261130_183324_events_ends_at_index',
  },
]
