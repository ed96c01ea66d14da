import { validations, type ArrayField, type EmailFieldValidation } from 'payload'

import { validatePhone } from './validators'

/** The built-in email check, plus: a contact without phone needs an email. */
const contactEmail: EmailFieldValidation = (value, options) => {
  const siblingData = options.siblingData as { phone?: string | null }
  if (!value) return siblingData?.phone ? true : 'Give an email address or a phone number for this contact.'
  return validations.email(value, options)
}

/** Press contacts closing a release: the people journalists call. */
export function pressContactsField(): ArrayField {
  return {
    name: 'contacts',
    type: 'array',
    label: { en: 'Press contacts', fr: 'Contacts presse', es: 'Contactos de prensa', ar: 'جهات الاتصال الصحفية' },
    labels: {
      singular: { en: 'Contact', fr: 'Contact', es: 'Contacto', ar: 'جهة اتصال' },
      plural: { en: 'Contacts', fr: 'Contacts', es: 'Contactos', ar: 'جهات الاتصال' },
    },
    admin: { description: 'Shown at the end of the release. At least an email or a phone number per contact.' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', maxLength: 120, label: { en: 'Name', fr: 'Nom', es: 'Nombre', ar: 'الاسم' } },
          {
            name: 'office',
            type: 'relationship',
            relationTo: 'offices',
            label: { en: 'Office', fr: 'Bureau', es: 'Oficina', ar: 'المكتب' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'phone',
            type: 'text',
            validate: validatePhone,
            label: { en: 'Phone', fr: 'Téléphone', es: 'Teléfono', ar: 'الهاتف' },
          },
          {
            name: 'email',
            type: 'email',
            label: { en: 'Email', fr: 'Courriel', es: 'Correo electrónico', ar: 'البريد الإلكتروني' },
            validate: contactEmail,
          },
        ],
      },
    ],
  }
}
