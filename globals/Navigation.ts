import type { GlobalConfig } from 'payload'

import { editors, anyone } from '../access'
import { label } from '../fields/editorial'
import { revalidateGlobal } from '../lib/content/revalidate'
import { menuLinkFields } from '../fields/link'

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: label('Navigation', 'Navigation', 'Navegación', 'التنقل'),
  access: { read: anyone, update: editors },
  hooks: { afterChange: [revalidateGlobal('navigation')] },
  admin: { group: label('Site', 'Site', 'Sitio', 'الموقع') },
  fields: [
    {
      name: 'header',
      type: 'array',
      maxRows: 8,
      label: label('Main menu', 'Menu principal', 'Menú principal', 'القائمة الرئيسية'),
      fields: [
        ...menuLinkFields(),
        {
          name: 'children',
          type: 'array',
          maxRows: 12,
          label: label('Sub-menu', 'Sous-menu', 'Submenú', 'قائمة فرعية'),
          fields: menuLinkFields(),
        },
      ],
    },
    {
      name: 'footer',
      type: 'array',
      maxRows: 12,
      label: label('Footer links', 'Liens de pied de page', 'Enlaces del pie', 'روابط التذييل'),
      fields: menuLinkFields(),
    },
  ],
}
