import type { GlobalConfig } from 'payload'

import { anyone, editors } from '../access'
import { label } from '../fields/editorial'
import { revalidateGlobal } from '../lib/content/revalidate'
import { validatePhone } from '../fields/validators'

export const Site: GlobalConfig = {
  slug: 'site',
  label: label('Organisation', 'Organisation', 'Organización', 'المنظمة'),
  access: { read: anyone, update: editors },
  hooks: { afterChange: [revalidateGlobal('site')] },
  admin: { group: label('Site', 'Site', 'Sitio', 'الموقع') },
  fields: [
    {
      name: 'organisationName',
      type: 'text',
      required: true,
      localized: true,
      label: label('Organisation name', 'Nom de l’organisation', 'Nombre de la organización', 'اسم المنظمة'),
    },
    {
      name: 'shortName',
      type: 'text',
      localized: true,
      maxLength: 20,
      label: label('Acronym', 'Sigle', 'Sigla', 'الاختصار'),
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      maxLength: 160,
      label: label('Tagline', 'Slogan', 'Lema', 'الشعار'),
    },
    {
      name: 'whoWeAre',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: label('Who we are (short)', 'Qui sommes-nous (court)', 'Quiénes somos (breve)', 'من نحن (موجز)'),
      admin: { description: 'Shown on the home page and in the footer.' },
    },
    {
      name: 'contact',
      type: 'group',
      label: label('Contact', 'Contact', 'Contacto', 'الاتصال'),
      fields: [
        { name: 'email', type: 'email', label: label('Email', 'Courriel', 'Correo electrónico', 'البريد الإلكتروني') },
        {
          name: 'phone',
          type: 'text',
          validate: validatePhone,
          label: label('Phone', 'Téléphone', 'Teléfono', 'الهاتف'),
        },
        {
          name: 'address',
          type: 'textarea',
          localized: true,
          label: label('Address', 'Adresse', 'Dirección', 'العنوان'),
        },
      ],
    },
  ],
}
