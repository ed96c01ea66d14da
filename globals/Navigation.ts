import type { GlobalConfig } from 'payload'

import { editors, anyone } from '../access'
import { label } from '../lib/i18n/admin'
import { revalidateGlobal } from '../lib/content/revalidate'
import { menuLinkFields } from '../fields/link'

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: label('globals.navigation.label'),
  access: { read: anyone, update: editors },
  hooks: { afterChange: [revalidateGlobal('navigation')] },
  admin: { group: label('groups.site') },
  fields: [
    {
      name: 'header',
      type: 'array',
      maxRows: 8,
      label: label('fields.mainMenu'),
      fields: [
        ...menuLinkFields(),
        {
          name: 'children',
          type: 'array',
          maxRows: 12,
          label: label('fields.subMenu'),
          fields: menuLinkFields(),
        },
      ],
    },
    {
      name: 'footer',
      type: 'array',
      maxRows: 12,
      label: label('fields.footerLinks'),
      fields: menuLinkFields(),
    },
  ],
}
