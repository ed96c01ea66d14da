import type { CollectionConfig, DateFieldValidation } from 'payload'

import { editorialAccess } from '../../access'
import { aliasesField } from '../../fields/aliases'
import { editorialVersions } from '../../fields/editorial'
import { description, label } from '../../lib/i18n/admin'
import { zonedDateField, zoneField } from '../../fields/zonedDate'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { messagesFor, requiredInOriginalLanguage, validateUrl } from '../../fields/validators'
import { namedLinksField } from '../../fields/namedLinks'
import { searchFields } from '../../fields/searchText'
import { eventKinds, eventStatuses, toOptions } from '../../lib/reference/taxonomy'
import { livePreview, previewLink } from '../../lib/preview/adminLinks'

const endNotBeforeStart: DateFieldValidation = (value, { siblingData, req }) => {
  const start = (siblingData as { startsAt?: string | Date | null }).startsAt
  if (!value || !start) return true
  return new Date(value).getTime() >= new Date(start).getTime()
    ? true
    : messagesFor(req)('validation.eventEndsBeforeStart')
}

/** 24-hour times, as the organisation writes them, in quarter hours; day first (the admin's language names the month). */
const eventPicker = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'd MMM yyyy, HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 15,
} as const

/** The event's own zone: its dates are typed, stored with and shown in it (fields/zonedDate). */
const eventZone = { field: 'timeZone', defaultValue: 'Europe/Zurich' }

export const Events: CollectionConfig = {
  slug: 'events',
  labels: {
    singular: label('collections.events.singular'),
    plural: label('collections.events.plural'),
  },
  access: editorialAccess,
  versions: editorialVersions,
  admin: {
    preview: previewLink('events'),
    livePreview: livePreview('events'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'kind', 'status', '_status', 'translationStatus'],
    listSearchableFields: ['title', 'summary'],
    group: label('groups.news'),
  },
  defaultSort: '-startsAt',
  // Upcoming and past lists: published events in start order, read from the index, not sorted.
  // endsAt inside the index: the upcoming / past lists filter on it, and are counted, from the index alone.
  indexes: [{ fields: ['_status', 'startsAt', 'endsAt', 'createdAt'] }],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      validate: requiredInOriginalLanguage,
      maxLength: 250,
      label: label('fields.title'),
      admin: {
        description: description('descriptions.events.title'),
      },
    },
    slugField('title'),
    aliasesField(),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: toOptions(eventKinds),
          label: label('fields.kindOfEvent'),
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'scheduled',
          options: toOptions(eventStatuses),
          label: label('fields.status'),
          admin: { description: description('descriptions.events.status') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'venue',
          type: 'text',
          localized: true,
          maxLength: 200,
          label: label('fields.venue'),
          admin: { description: description('descriptions.events.venue') },
        },
        {
          name: 'office',
          type: 'relationship',
          relationTo: 'offices',
          label: label('fields.hostOffice'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        zonedDateField(
          {
            name: 'startsAt',
            required: true,
            index: true,
            admin: { date: eventPicker },
            label: label('fields.starts'),
          },
          eventZone,
        ),
        zonedDateField(
          {
            name: 'endsAt',
            required: true,
            index: true,
            validate: endNotBeforeStart,
            admin: { date: eventPicker },
            label: label('fields.ends'),
          },
          eventZone,
        ),
        zoneField({
          dates: ['startsAt', 'endsAt'],
          officePath: 'office',
          defaultValue: eventZone.defaultValue,
          description: description('descriptions.events.zone'),
        }),
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      defaultValue: false,
      label: label('fields.allDay'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'onlineLink',
          type: 'text',
          validate: validateUrl,
          label: label('fields.onlineLink'),
          admin: { description: description('descriptions.events.onlineLink') },
        },
        {
          name: 'registrationLink',
          type: 'text',
          validate: validateUrl,
          label: label('fields.registrationLink'),
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: label('fields.summary'),
      admin: { description: description('descriptions.events.summary') },
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('fields.description'),
    },
    ...searchFields({ title: 'title', summary: 'summary', body: 'description' }),
    namedLinksField('organisers', 'fields.organisers'),
    {
      name: 'programmes',
      type: 'relationship',
      relationTo: 'health-programmes',
      hasMany: true,
      label: label('fields.relatedProgrammes'),
    },
    seoFields(),
  ],
}
