import type { Field } from 'payload'

import { label } from '../lib/i18n/admin'
import { validateUrl } from './validators'

/** A menu entry: a localized label pointing at a page of the site or at another address. */
export function menuLinkFields(): Field[] {
  return [
    {
      name: 'label',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 80,
      label: label('fields.label'),
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
              label: label('options.linkKinds.page'),
            },
            {
              value: 'section',
              label: label('options.linkKinds.section'),
            },
            { value: 'url', label: label('options.linkKinds.url') },
          ],
          label: label('fields.goesTo'),
        },
      ],
    },
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
      admin: { condition: (_, sibling) => sibling?.kind === 'page' },
      label: label('fields.page'),
    },
    {
      name: 'section',
      type: 'select',
      options: ['news', 'events', 'offices', 'programmes', 'search'].map((value) => ({ value, label: value })),
      admin: { condition: (_, sibling) => sibling?.kind === 'section' },
      label: label('fields.section'),
    },
    {
      name: 'url',
      type: 'text',
      // A web address (https://…): not `//evil.example`, `javascript:` or `data:`.
      validate: validateUrl,
      admin: { condition: (_, sibling) => sibling?.kind === 'url' },
      label: label('fields.address'),
    },
  ]
}
