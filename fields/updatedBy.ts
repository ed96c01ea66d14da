import type { CollectionConfig, EditConfig, Field, FieldHook } from 'payload'

import { isStaff, type AccessUser } from '../access/roles'
import { label } from '../lib/i18n/admin'

/**
 * Who saved: set from the logged-in user on every save, whatever the form sent, so each version
 * (a snapshot of the document) records its author. A save with no user — the seed, the page
 * importer, an XLIFF import from the command line — records none, which the admin shows as the
 * system. A scheduled publish runs as the person who scheduled it (Payload's job restores them).
 */
const setFromUser: FieldHook = ({ req }) => (req.user?.collection === 'users' ? req.user.id : null)

export const UPDATED_BY = 'updatedBy'

export function updatedByField(): Field {
  return {
    name: UPDATED_BY,
    type: 'relationship',
    relationTo: 'users',
    label: label('history.savedBy'),
    // Visitors read documents through the API too: who works here is not theirs to see.
    access: { read: ({ req }) => isStaff(req.user as AccessUser | null) },
    hooks: { beforeChange: [setFromUser] },
    // Shown in the document's Versions tab (components/admin/VersionHistory.tsx), with the names
    // staff may not read through the users collection itself.
    admin: { hidden: true, readOnly: true },
  }
}

const hasVersions = (collection: CollectionConfig): boolean => Boolean(collection.versions)

/** A collection with versions records who saved each one, and lists them in its Versions tab; others are unchanged. */
export function recordsWhoSaved(collection: CollectionConfig): CollectionConfig {
  if (!hasVersions(collection)) return collection
  const admin = collection.admin ?? {}
  const views = admin.components?.views ?? {}
  return {
    ...collection,
    admin: {
      ...admin,
      components: {
        ...admin.components,
        views: {
          ...views,
          // No collection here replaces its whole document view (`edit.root`), which would exclude this.
          edit: {
            ...(views.edit as Omit<EditConfig, 'root'> | undefined),
            versions: { Component: '/components/admin/VersionHistory#VersionHistory' },
          } as EditConfig,
        },
      },
    },
    fields: [...collection.fields, updatedByField()],
  }
}
