import type { CollectionConfig } from 'payload'

import { officeAccess } from '../../access'
import { aliasesField } from '../../fields/aliases'
import { editorialVersions } from '../../fields/editorial'
import { description, label } from '../../lib/i18n/admin'
import { countryField, timeZoneField } from '../../fields/places'
import { slugField } from '../../fields/slug'
import { requiredInOriginalLanguage, validatePhone, validateRange } from '../../fields/validators'
import { searchFields } from '../../fields/searchText'
import { officeKinds, regions, toOptions } from '../../lib/reference/taxonomy'
import { previewLink } from '../../lib/preview/adminLinks'

export const Offices: CollectionConfig = {
  slug: 'offices',
  labels: {
    singular: label('collections.offices.singular'),
    plural: label('collections.offices.plural'),
  },
  access: officeAccess,
  // Drafts: an office the page importer found named but not in the database is created as a draft
  // (required fields may wait), which an editor completes and publishes; visitors never see it.
  versions: editorialVersions,
  admin: {
    preview: previewLink('offices'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'city', 'country', 'region', 'translationStatus'],
    listSearchableFields: ['name', 'city'],
    group: label('groups.organisation'),
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      // Required in the original language only (the validator): not `required`, which would make
      // the column NOT NULL in every language and refuse an untranslated language's admin name.
      validate: requiredInOriginalLanguage,
      maxLength: 160,
      label: label('fields.name'),
    },
    slugField('name'),
    aliasesField(),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: toOptions(officeKinds),
          label: label('fields.kindOfOffice'),
        },
        {
          name: 'region',
          type: 'select',
          required: true,
          index: true,
          options: toOptions(regions),
          label: label('fields.region'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'city',
          type: 'text',
          localized: true,
          validate: requiredInOriginalLanguage,
          label: label('fields.city'),
        },
        countryField('country', { required: true, index: true }),
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'offices',
      label: label('fields.reportsTo'),
      admin: { description: description('descriptions.offices.parent') },
    },
    {
      name: 'address',
      type: 'textarea',
      localized: true,
      label: label('fields.postalAddress'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          validate: validateRange(-90, 90, 'fields.latitude'),
          label: label('fields.latitude'),
        },
        {
          name: 'longitude',
          type: 'number',
          validate: validateRange(-180, 180, 'fields.longitude'),
          label: label('fields.longitude'),
        },
        timeZoneField({ required: true, defaultValue: 'Europe/Zurich' }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          type: 'text',
          validate: validatePhone,
          label: label('fields.phone'),
        },
        { name: 'email', type: 'email', label: label('fields.email') },
      ],
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('fields.description'),
    },
    ...searchFields({ title: 'name', body: 'description' }),
    {
      name: 'headOfOffice',
      type: 'text',
      maxLength: 160,
      label: label('fields.headOfOffice'),
    },
  ],
}
