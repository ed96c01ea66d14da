import type { Field } from 'payload'

import { label } from './editorial'

/** A menu entry: a localized label pointing at a page of the site or at another address. */
export function menuLinkFields(): Field[] {
  return [
    {
      name: 'label',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 80,
      label: label('Label', 'Libellé', 'Etiqueta', 'التسمية'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'radio',
          defaultValue: 'page',
          options: [
            {
              value: 'page',
              label: label('A page of the site', 'Une page du site', 'Una página del sitio', 'صفحة في الموقع'),
            },
            {
              value: 'section',
              label: label(
                'A section (news, events…)',
                'Une rubrique (actualités…)',
                'Una sección (noticias…)',
                'قسم (الأخبار…)',
              ),
            },
            { value: 'url', label: label('Another address', 'Une autre adresse', 'Otra dirección', 'عنوان آخر') },
          ],
          label: label('Goes to', 'Mène à', 'Lleva a', 'يؤدي إلى'),
        },
      ],
    },
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
      admin: { condition: (_, sibling) => sibling?.kind === 'page' },
      label: label('Page', 'Page', 'Página', 'صفحة'),
    },
    {
      name: 'section',
      type: 'select',
      options: ['news', 'events', 'offices', 'programmes', 'search'].map((value) => ({ value, label: value })),
      admin: { condition: (_, sibling) => sibling?.kind === 'section' },
      label: label('Section', 'Rubrique', 'Sección', 'القسم'),
    },
    {
      name: 'url',
      type: 'text',
      admin: { condition: (_, sibling) => sibling?.kind === 'url' },
      label: label('Address', 'Adresse', 'Dirección', 'العنوان'),
    },
  ]
}
