import type { GlobalConfig } from 'payload'

import { anyone, editors } from '../access'
import { description, label } from '../lib/i18n/admin'
import { revalidateGlobal } from '../lib/content/revalidate'
import { validatePhone } from '../fields/validators'

export const Site: GlobalConfig = {
  slug: 'site',
  label: label('globals.site.label'),
  access: { read: anyone, update: editors },
  hooks: { afterChange: [revalidateGlobal('site')] },
  admin: { group: label('groups.site') },
  fields: [
    {
      name: 'organisationName',
      type: 'text',
      required: true,
      localized: true,
      label: label('fields.organisationName'),
    },
    {
      name: 'shortName',
      type: 'text',
      localized: true,
      maxLength: 20,
      label: label('fields.acronym'),
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      maxLength: 160,
      label: label('fields.tagline'),
    },
    {
      name: 'whoWeAre',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: label('fields.whoWeAreShort'),
      admin: { description: description('descriptions.site.whoWeAre') },
    },
    {
      name: 'contact',
      type: 'group',
      label: label('fields.contact'),
      fields: [
        { name: 'email', type: 'email', label: label('fields.email') },
        {
          name: 'phone',
          type: 'text',
          validate: validatePhone,
          label: label('fields.phone'),
        },
        {
          name: 'address',
          type: 'textarea',
          localized: true,
          label: label('fields.address'),
        },
      ],
    },
  ],
}
