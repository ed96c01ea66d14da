import type { CollectionConfig, DateFieldValidation } from 'payload'

import { editorialAccess } from '../../access'
import { aliasesField } from '../../fields/aliases'
import { editorialVersions, label } from '../../fields/editorial'
import { zonedDateField, zoneField } from '../../fields/zonedDate'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { requiredInOriginalLanguage, validateUrl } from '../../fields/validators'
import { searchFields } from '../../fields/searchText'
import { eventKinds, eventStatuses, toOptions } from '../../lib/taxonomy'
import { livePreview, previewLink } from '../../lib/preview/adminLinks'

const endNotBeforeStart: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { startsAt?: string | Date | null }).startsAt
  if (!value || !start) return true
  return new Date(value).getTime() >= new Date(start).getTime()
    ? true
    : 'The event cannot end before it starts: check the end date and time.'
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
    singular: label('Event', 'Événement', 'Evento', 'فعالية'),
    plural: label('Events', 'Événements', 'Eventos', 'الفعاليات'),
  },
  access: editorialAccess,
  versions: editorialVersions,
  admin: {
    preview: previewLink('events'),
    livePreview: livePreview('events'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'kind', 'status', '_status', 'translationStatus'],
    listSearchableFields: ['title', 'summary'],
    group: label('News', 'Actualités', 'Noticias', 'الأخبار'),
  },
  defaultSort: '-startsAt',
  // Upcoming and past lists: published events in start order, read from the index, not sorted.
  indexes: [{ fields: ['_status', 'startsAt', 'createdAt'] }],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      validate: requiredInOriginalLanguage,
      maxLength: 250,
      label: label('Title', 'Titre', 'Título', 'العنوان'),
      admin: {
        description: 'The name of the event as people will search for it, e.g. “110th session of the Council”.',
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
          label: label('Kind of event', 'Type d’événement', 'Tipo de evento', 'نوع الفعالية'),
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'scheduled',
          options: toOptions(eventStatuses),
          label: label('Status', 'Statut', 'Estado', 'الحالة'),
          admin: { description: 'A postponed or cancelled event stays on the site, clearly marked.' },
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
          label: label('Venue', 'Lieu', 'Lugar', 'المكان'),
          admin: { description: 'Building and city. Leave empty if it takes place at the host office.' },
        },
        {
          name: 'office',
          type: 'relationship',
          relationTo: 'offices',
          label: label('Host office', 'Bureau hôte', 'Oficina anfitriona', 'المكتب المضيف'),
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
            label: label('Starts', 'Début', 'Inicio', 'البداية'),
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
            label: label('Ends', 'Fin', 'Fin', 'النهاية'),
          },
          eventZone,
        ),
        zoneField({
          dates: ['startsAt', 'endsAt'],
          officePath: 'office',
          defaultValue: eventZone.defaultValue,
          description: label(
            'Start and end are typed and shown in this zone, whatever your computer’s. It follows the host office unless you choose another.',
            'Le début et la fin se saisissent et s’affichent dans ce fuseau, quel que soit celui de votre ordinateur. Il suit le bureau hôte, sauf si vous en choisissez un autre.',
            'El inicio y el fin se escriben y se muestran en esta zona, sea cual sea la de su ordenador. Sigue a la oficina anfitriona, salvo que elija otra.',
            'يُكتب وقت البداية والنهاية ويُعرض بتوقيت هذه المنطقة، أيًّا كان توقيت حاسوبك. وتتبع المنطقةُ المكتبَ المضيف ما لم تختر غيرها.',
          ),
        }),
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      defaultValue: false,
      label: label('All day', 'Toute la journée', 'Todo el día', 'طوال اليوم'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'onlineLink',
          type: 'text',
          validate: validateUrl,
          label: label('Online link', 'Lien en ligne', 'Enlace en línea', 'رابط عبر الإنترنت'),
          admin: { description: 'Where to follow it online (webcast, meeting link), starting with https://.' },
        },
        {
          name: 'registrationLink',
          type: 'text',
          validate: validateUrl,
          label: label('Registration link', 'Lien d’inscription', 'Enlace de inscripción', 'رابط التسجيل'),
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: label('Summary', 'Résumé', 'Resumen', 'الملخص'),
      admin: { description: 'One or two sentences for the events list and calendars.' },
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Description', 'Description', 'Descripción', 'الوصف'),
    },
    ...searchFields({ title: 'title', summary: 'summary', body: 'description' }),
    {
      name: 'organisers',
      type: 'array',
      label: label('Organisers', 'Organisateurs', 'Organizadores', 'المنظمون'),
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 200,
          label: label('Name', 'Nom', 'Nombre', 'الاسم'),
        },
        {
          name: 'url',
          type: 'text',
          validate: validateUrl,
          label: label('Website', 'Site web', 'Sitio web', 'الموقع'),
        },
      ],
    },
    {
      name: 'programmes',
      type: 'relationship',
      relationTo: 'health-programmes',
      hasMany: true,
      label: label('Related programmes', 'Programmes liés', 'Programas relacionados', 'برامج ذات صلة'),
    },
    seoFields(),
  ],
}
