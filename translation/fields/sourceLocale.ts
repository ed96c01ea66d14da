import type { FieldHook, SelectField } from 'payload'

import { messagesFor } from '../../fields/validators'
import { description, label } from '../../lib/i18n/admin'
import { isLocale, locales } from '../../lib/i18n/locales'

/** Written in the locale of the first save unless the editor says otherwise. */
const defaultToRequestLocale: FieldHook = ({ value, operation, req }) => {
  if (value) return value
  if (operation === 'create' && isLocale(req.locale)) return req.locale
  return value
}

/** The language a document was written in: the reference for translation status and the site's fallback. */
export function sourceLocaleField(): SelectField {
  return {
    name: 'sourceLocale',
    type: 'select',
    index: true,
    options: locales.map((l) => ({ value: l.code, label: l.label })),
    label: label('fields.originalLanguage'),
    admin: {
      position: 'sidebar',
      description: description('descriptions.shared.sourceLocale'),
    },
    hooks: { beforeValidate: [defaultToRequestLocale] },
    // Not `required`: the hook fills it from the request's locale, so API clients may leave it out.
    validate: (value: unknown, { req }) => (isLocale(value) ? true : messagesFor(req)('validation.sourceLocale')),
  }
}
