import type { CollectionConfig } from 'payload'

import { officeAccess } from '../../access'
import { aliasesField } from '../../fields/aliases'
import { editorialVersions, label } from '../../fields/editorial'
import { countryField, timeZoneField } from '../../fields/places'
import { slugField } from '../../fields/slug'
import { requiredInOriginalLanguage, validatePhone, validateRange } from '../../fields/validators'
import { searchFields } from '../../fields/searchText'
import { officeKinds, regions, toOptions } from '../../lib/taxonomy'
import { previewLink } from '../../lib/preview/adminLinks'

export const Offices: CollectionConfig = {
  slug: 'offices',
  labels: {
    singular: label('Office', 'Bureau', 'Oficina', 'مكتب'),
    plural: label('Offices', 'Bureaux', 'Oficinas', 'المكاتب'),
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
    group: label('Organisation', 'Organisation', 'Organización', 'المنظمة'),
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
      label: label('Name', 'Nom', 'Nombre', 'الاسم'),
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
          label: label('Kind of office', 'Type de bureau', 'Tipo de oficina', 'نوع المكتب'),
        },
        {
          name: 'region',
          type: 'select',
          required: true,
          index: true,
          options: toOptions(regions),
          label: label('Region', 'Région', 'Región', 'المنطقة'),
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
          label: label('City', 'Ville', 'Ciudad', 'المدينة'),
        },
        countryField('country', { required: true, index: true }),
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'offices',
      label: label('Reports to', 'Rattaché à', 'Depende de', 'يتبع'),
      admin: { description: 'The office this one reports to, e.g. a country office’s regional office.' },
    },
    {
      name: 'address',
      type: 'textarea',
      localized: true,
      label: label('Postal address', 'Adresse postale', 'Dirección postal', 'العنوان البريدي'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          validate: validateRange(-90, 90, 'Latitude'),
          label: label('Latitude', 'Latitude', 'Latitud', 'خط العرض'),
        },
        {
          name: 'longitude',
          type: 'number',
          validate: validateRange(-180, 180, 'Longitude'),
          label: label('Longitude', 'Longitude', 'Longitud', 'خط الطول'),
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
          label: label('Phone', 'Téléphone', 'Teléfono', 'الهاتف'),
        },
        { name: 'email', type: 'email', label: label('Email', 'Courriel', 'Correo electrónico', 'البريد الإلكتروني') },
      ],
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Description', 'Description', 'Descripción', 'الوصف'),
    },
    ...searchFields({ title: 'name', body: 'description' }),
    {
      name: 'headOfOffice',
      type: 'text',
      maxLength: 160,
      label: label('Head of office', 'Chef de bureau', 'Jefe de oficina', 'رئيس المكتب'),
    },
  ],
}
