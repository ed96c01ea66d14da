import type { CollectionConfig } from 'payload'

import { editorialAccess, translatorScope } from '../../access'
import { pressContactsField } from '../../fields/contacts'
import { editorialVersions, label } from '../../fields/editorial'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { sourceLocaleField } from '../../fields/sourceLocale'
import { translationStatusField } from '../../fields/translationStatus'
import { themesField } from '../../fields/themes'
import { searchFields } from '../../fields/searchText'
import { sourceTextField } from '../../fields/sourceText'
import { requiredInOriginalLanguage } from '../../fields/validators'
import { revalidatePressRelease } from './hooks/revalidatePressRelease'
import { publishInSourceLocale } from '../../hooks/publishInSourceLocale'
import { publishTranslatorsLocale } from '../../hooks/publishTranslatorsLocale'
import { trackTranslationStatus } from '../../hooks/trackTranslationStatus'
import { livePreview, previewLink } from '../../lib/preview/adminLinks'

export const PressReleases: CollectionConfig = {
  slug: 'press-releases',
  labels: {
    singular: label('Press release', 'Communiqué de presse', 'Comunicado de prensa', 'بيان صحفي'),
    plural: label('Press releases', 'Communiqués de presse', 'Comunicados de prensa', 'البيانات الصحفية'),
  },
  access: editorialAccess,
  versions: editorialVersions,
  admin: {
    preview: previewLink('press-releases'),
    livePreview: livePreview('press-releases'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedDate', 'dateline.city', '_status', 'sourceLocale', 'translationStatus'],
    listSearchableFields: ['title', 'summary'],
    group: label('News', 'Actualités', 'Noticias', 'الأخبار'),
  },
  defaultSort: '-publishedDate',
  // The site's lists (published, newest first, with Payload's createdAt tiebreak) read in index order
  // and stop at the page's last row, instead of sorting every release (see scripts/bench/explain.ts).
  indexes: [{ fields: ['_status', 'publishedDate', 'createdAt'] }],
  hooks: {
    ...revalidatePressRelease,
    beforeOperation: [
      translatorScope,
      publishInSourceLocale,
      publishTranslatorsLocale,
      ...revalidatePressRelease.beforeOperation,
    ],
    beforeChange: [trackTranslationStatus],
  },
  fields: [
    sourceTextField(),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      validate: requiredInOriginalLanguage,
      maxLength: 250,
      label: label('Title', 'Titre', 'Título', 'العنوان'),
      admin: { description: 'The headline, as visitors, search engines and social networks see it.' },
    },
    slugField('title'),
    sourceLocaleField(),
    translationStatusField(),
    {
      name: 'publishedDate',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: label('Publication date', 'Date de publication', 'Fecha de publicación', 'تاريخ النشر'),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'The date printed on the release. To publish later, use “Schedule publish”.',
      },
    },
    {
      name: 'dateline',
      type: 'group',
      label: label('Dateline', 'Lieu de publication', 'Lugar de emisión', 'مكان الإصدار'),
      admin: { description: 'Where the release was issued, printed before the first paragraph: “Geneva – …”.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'city',
              type: 'text',
              localized: true,
              maxLength: 80,
              label: label('City', 'Ville', 'Ciudad', 'المدينة'),
            },
            {
              name: 'office',
              type: 'relationship',
              relationTo: 'offices',
              label: label('Issuing office', 'Bureau émetteur', 'Oficina emisora', 'المكتب المُصدِر'),
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
      label: label('Summary', 'Résumé', 'Resumen', 'الملخص'),
      admin: { description: 'One or two sentences for lists, feeds and search results.' },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: label('Text', 'Texte', 'Texto', 'النص'),
      admin: {
        description:
          'The release itself, after the dateline. Headings, lists, bold text and links are kept when it is translated.',
      },
    },
    ...searchFields({ title: 'title', summary: 'summary', body: 'body' }),
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Main image', 'Image principale', 'Imagen principal', 'الصورة الرئيسية'),
      admin: { description: 'Shown at the top of the release and when it is shared. Landscape photos work best.' },
    },
    pressContactsField(),
    {
      type: 'collapsible',
      label: label('Related content', 'Contenus liés', 'Contenido relacionado', 'محتوى ذو صلة'),
      fields: [
        {
          name: 'offices',
          type: 'relationship',
          relationTo: 'offices',
          hasMany: true,
          label: label('Offices', 'Bureaux', 'Oficinas', 'المكاتب'),
        },
        {
          name: 'programmes',
          type: 'relationship',
          relationTo: 'health-programmes',
          hasMany: true,
          label: label('Programmes', 'Programmes', 'Programas', 'البرامج'),
        },
        {
          name: 'events',
          type: 'relationship',
          relationTo: 'events',
          hasMany: true,
          label: label('Events', 'Événements', 'Eventos', 'الفعاليات'),
        },
        themesField(),
      ],
    },
    seoFields(),
  ],
}
