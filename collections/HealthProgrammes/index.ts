import type { CollectionConfig, DateFieldValidation } from 'payload'

import { editorialAccess } from '../../access'
import { aliasesField } from '../../fields/aliases'
import { editorialVersions } from '../../fields/editorial'
import { description, label } from '../../lib/i18n/admin'
import { countryField } from '../../fields/places'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { regionsField, themesField } from '../../fields/themes'
import { messagesFor, requiredInOriginalLanguage } from '../../fields/validators'
import { namedLinksField } from '../../fields/namedLinks'
import { searchFields } from '../../fields/searchText'
import { programmeStatuses, toOptions } from '../../lib/reference/taxonomy'
import { livePreview, previewLink } from '../../lib/preview/adminLinks'

const periodEndAfterStart: DateFieldValidation = (value, { siblingData, req }) => {
  const start = (siblingData as { start?: string | Date | null }).start
  if (!value || !start) return true
  return new Date(value).getTime() >= new Date(start).getTime()
    ? true
    : messagesFor(req)('validation.programmeEndsBeforeStart')
}

export const HealthProgrammes: CollectionConfig = {
  slug: 'health-programmes',
  labels: {
    singular: label('collections.healthProgrammes.singular'),
    plural: label('collections.healthProgrammes.plural'),
  },
  access: editorialAccess,
  versions: editorialVersions,
  admin: {
    preview: previewLink('health-programmes'),
    livePreview: livePreview('health-programmes'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'themes', '_status', 'translationStatus'],
    listSearchableFields: ['title', 'summary'],
    group: label('groups.ourWork'),
  },
  defaultSort: 'title',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      validate: requiredInOriginalLanguage,
      maxLength: 250,
      label: label('fields.title'),
    },
    slugField('title'),
    aliasesField(),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: toOptions(programmeStatuses),
      label: label('fields.status'),
      admin: {
        position: 'sidebar',
        description: description('descriptions.healthProgrammes.status'),
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: label('fields.summary'),
      admin: { description: description('descriptions.healthProgrammes.summary') },
    },
    { name: 'body', type: 'richText', localized: true, label: label('fields.text') },
    ...searchFields({ title: 'title', summary: 'summary', body: 'body' }),
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label('fields.mainImage'),
    },
    themesField(),
    regionsField(),
    countryField('countries', { hasMany: true, label: label('fields.countries') }),
    {
      name: 'offices',
      type: 'relationship',
      relationTo: 'offices',
      hasMany: true,
      label: label('fields.offices'),
    },
    namedLinksField('partners', 'fields.partners'),
    {
      name: 'period',
      type: 'group',
      label: label('fields.period'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', label: label('fields.from') },
            { name: 'end', type: 'date', validate: periodEndAfterStart, label: label('fields.to') },
          ],
        },
      ],
    },
    {
      name: 'pressReleases',
      type: 'join',
      collection: 'press-releases',
      on: 'programmes',
      label: label('fields.pressReleasesAboutIt'),
      defaultLimit: 10,
      defaultSort: '-publishedDate',
    },
    {
      name: 'events',
      type: 'join',
      collection: 'events',
      on: 'programmes',
      label: label('fields.eventsAboutIt'),
      defaultLimit: 10,
      defaultSort: '-startsAt',
    },
    seoFields(),
  ],
}
