import { validations, type ArrayField, type EmailFieldValidation } from 'payload'

import { description, label } from '../lib/i18n/admin'
import { messagesFor, validatePhone } from './validators'

/** The built-in email check, plus: a contact without phone needs an email. */
const contactEmail: EmailFieldValidation = (value, options) => {
  const siblingData = options.siblingData as { phone?: string | null }
  if (!value) return siblingData?.phone ? true : messagesFor(options.req)('validation.contactEmailOrPhone')
  return validations.email(value, options)
}

/** Press contacts closing a release: the people journalists call. */
export function pressContactsField(): ArrayField {
  return {
    name: 'contacts',
    type: 'array',
    label: label('fields.pressContacts'),
    labels: {
      singular: label('rows.contacts.singular'),
      plural: label('rows.contacts.plural'),
    },
    admin: { description: description('descriptions.shared.pressContacts') },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', maxLength: 120, label: label('fields.name') },
          {
            name: 'office',
            type: 'relationship',
            relationTo: 'offices',
            label: label('fields.office'),
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
            label: label('fields.phone'),
          },
          {
            name: 'email',
            type: 'email',
            label: label('fields.email'),
            validate: contactEmail,
          },
        ],
      },
    ],
  }
}
