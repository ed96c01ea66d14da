import type { CollectionConfig, DateFieldValidation } from 'payload'

import { editorialAccess } from '../../access'
import { aliasesField } from '../../fields/aliases'
import { editorialVersions, label } from '../../fields/editorial'
import { countryField } from '../../fields/places'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { regionsField, themesField } from '../../fields/themes'
import { requiredInOriginalLanguage, validateUrl } from '../../fields/validators'
import { searchFields } from '../../fields/searchText'
import { programmeStatuses, toOptions } from '../../lib/taxonomy'
import { livePreview, previewLink } from '../../lib/preview/adminLinks'

const periodEndAfterStart: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { start?: string | Date | null }).start
  if (!value || !start) return true
  return new Date(value).getTime() >= new Date(start).getTime() ? true : 'The programme cannot end before it starts.'
}

export const HealthProgrammes: CollectionConfig = {
  slug: 'health-programmes',
  labels: {
    singular: label('Health programme', 'Programme de santé', 'Programa de salud', 'برنامج صحي'),
    plural: label('Health programmes', 'Programmes de santé', 'Programas de salud', 'البرامج الصحية'),
  },
  access: editorialAccess,
  versions: editorialVersions,
  admin: {
    preview: previewLink('health-programmes'),
    livePreview: livePreview('health-programmes'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'themes', '_status', 'translationStatus'],
    listSearchableFields: ['title', 'summary'],
    group: label('Our work', 'Notre travail', 'Nuestro trabajo', 'عملنا'),
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
      label: label('Title', 'Titre', 'Título', 'العنوان'),
    },
    slugField('title'),
    aliasesField(),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: toOptions(programmeStatuses),
      label: label('Status', 'Statut', 'Estado', 'الحالة'),
      admin: {
        position: 'sidebar',
        description: 'Whether the programme is still running; finished programmes stay on the site.',
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: label('Summary', 'Résumé', 'Resumen', 'الملخص'),
      admin: { description: 'One or two sentences for the programmes page and search results.' },
    },
    { name: 'body', type: 'richText', localized: true, label: label('Text', 'Texte', 'Texto', 'النص') },
    ...searchFields({ title: 'title', summary: 'summary', body: 'body' }),
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Main image', 'Image principale', 'Imagen principal', 'الصورة الرئيسية'),
    },
    themesField(),
    regionsField(),
    countryField('countries', { hasMany: true, label: label('Countries', 'Pays', 'Países', 'البلدان') }),
    {
      name: 'offices',
      type: 'relationship',
      relationTo: 'offices',
      hasMany: true,
      label: label('Offices', 'Bureaux', 'Oficinas', 'المكاتب'),
    },
    {
      name: 'partners',
      type: 'array',
      label: label('Partners', 'Partenaires', 'Socios', 'الشركاء'),
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
      name: 'period',
      type: 'group',
      label: label('Period', 'Période', 'Período', 'الفترة'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', label: label('From', 'Du', 'Desde', 'من') },
            { name: 'end', type: 'date', validate: periodEndAfterStart, label: label('To', 'Au', 'Hasta', 'إلى') },
          ],
        },
      ],
    },
    {
      name: 'pressReleases',
      type: 'join',
      collection: 'press-releases',
      on: 'programmes',
      label: label('Press releases about it', 'Communiqués liés', 'Comunicados relacionados', 'بيانات صحفية ذات صلة'),
      defaultLimit: 10,
      defaultSort: '-publishedDate',
    },
    {
      name: 'events',
      type: 'join',
      collection: 'events',
      on: 'programmes',
      label: label('Events about it', 'Événements liés', 'Eventos relacionados', 'فعاليات ذات صلة'),
      defaultLimit: 10,
      defaultSort: '-startsAt',
    },
    seoFields(),
  ],
}
