import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../access'
import { pressContactsField } from '../../fields/contacts'
import { editorialVersions } from '../../fields/editorial'
import { description, label } from '../../lib/i18n/admin'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { themesField } from '../../fields/themes'
import { zonedDateField, zoneField } from '../../fields/zonedDate'
import { searchFields } from '../../fields/searchText'
import { requiredInOriginalLanguage } from '../../fields/validators'
import { livePreview, previewLink } from '../../lib/preview/adminLinks'

/** The dateline's zone: the date printed on a release is the date where it is issued (fields/zonedDate). */
const datelineZone = { field: 'timeZone', defaultValue: 'Europe/Zurich' }

export const PressReleases: CollectionConfig = {
  slug: 'press-releases',
  labels: {
    singular: label('collections.pressReleases.singular'),
    plural: label('collections.pressReleases.plural'),
  },
  access: editorialAccess,
  versions: editorialVersions,
  admin: {
    preview: previewLink('press-releases'),
    livePreview: livePreview('press-releases'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedDate', 'dateline.city', '_status', 'sourceLocale', 'translationStatus'],
    listSearchableFields: ['title', 'summary'],
    group: label('groups.news'),
  },
  defaultSort: '-publishedDate',
  // The site's lists (published, newest first, with Payload's createdAt tiebreak) read in index order
  // and stop at the page's last row, instead of sorting every release (see scripts/bench/explain.ts).
  indexes: [{ fields: ['_status', 'publishedDate', 'createdAt'] }],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      validate: requiredInOriginalLanguage,
      maxLength: 250,
      label: label('fields.title'),
      admin: { description: description('descriptions.pressReleases.title') },
    },
    slugField('title'),
    zonedDateField(
      {
        name: 'publishedDate',
        required: true,
        index: true,
        defaultValue: () => new Date().toISOString(),
        label: label('fields.publicationDate'),
        admin: {
          position: 'sidebar',
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm', timeFormat: 'HH:mm' },
          description: description('descriptions.pressReleases.publishedDate'),
        },
      },
      datelineZone,
    ),
    zoneField({
      dates: ['publishedDate'],
      officePath: 'dateline.office',
      defaultValue: datelineZone.defaultValue,
      position: 'sidebar',
      optionalForWriters: true,
      description: description('descriptions.pressReleases.zone'),
    }),
    {
      name: 'dateline',
      type: 'group',
      label: label('fields.dateline'),
      admin: { description: description('descriptions.pressReleases.dateline') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'city',
              type: 'text',
              localized: true,
              maxLength: 80,
              label: label('fields.city'),
            },
            {
              name: 'office',
              type: 'relationship',
              relationTo: 'offices',
              label: label('fields.issuingOffice'),
            },
          ],
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: label('fields.summary'),
      admin: { description: description('descriptions.pressReleases.summary') },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: label('fields.text'),
      admin: {
        description: description('descriptions.pressReleases.body'),
      },
    },
    ...searchFields({ title: 'title', summary: 'summary', body: 'body' }),
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label('fields.mainImage'),
      admin: { description: description('descriptions.pressReleases.heroImage') },
    },
    pressContactsField(),
    {
      type: 'collapsible',
      label: label('fields.relatedContent'),
      fields: [
        {
          name: 'offices',
          type: 'relationship',
          relationTo: 'offices',
          hasMany: true,
          label: label('fields.offices'),
        },
        {
          name: 'programmes',
          type: 'relationship',
          relationTo: 'health-programmes',
          hasMany: true,
          label: label('fields.programmes'),
        },
        {
          name: 'events',
          type: 'relationship',
          relationTo: 'events',
          hasMany: true,
          label: label('fields.events'),
        },
        themesField(),
      ],
    },
    seoFields(),
  ],
}
