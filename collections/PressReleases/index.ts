import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../access'
import { pressContactsField } from '../../fields/contacts'
import { editorialVersions, label } from '../../fields/editorial'
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
  fields: [
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
    zonedDateField(
      {
        name: 'publishedDate',
        required: true,
        index: true,
        defaultValue: () => new Date().toISOString(),
        label: label('Publication date', 'Date de publication', 'Fecha de publicación', 'تاريخ النشر'),
        admin: {
          position: 'sidebar',
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm', timeFormat: 'HH:mm' },
          description: 'The date printed on the release. To publish later, use “Schedule publish”.',
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
      description: label(
        'Where the release is issued: its date is typed and printed in this zone. It follows the issuing office unless you choose another.',
        'Là où le communiqué est émis : sa date se saisit et s’imprime dans ce fuseau. Il suit le bureau émetteur, sauf si vous en choisissez un autre.',
        'Donde se emite el comunicado: su fecha se escribe y se imprime en esta zona. Sigue a la oficina emisora, salvo que elija otra.',
        'حيث يصدر البيان: يُكتب تاريخه ويُطبع بتوقيت هذه المنطقة. وتتبع المنطقةُ المكتبَ المُصدِر ما لم تختر غيرها.',
      ),
    }),
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
