import type { CollectionBeforeChangeHook, CollectionConfig, SelectFieldSingleValidation } from 'payload'

import { adminFieldOnly, admins, adminsOrSelf } from '../../access'
import { messagesFor } from '../../fields/validators'
import { forgiveSuccessfulLogin, throttleAttempts } from '../../lib/auth/attempts'
import { forgotPasswordEndpoint, loginEndpoint } from '../../lib/auth/endpoints'
import { enforcePasswordPolicy } from '../../lib/auth/passwordPolicy'
import { secureCookies } from '../../lib/auth/publicAddress'
import { description, label } from '../../lib/i18n/admin'
import { locales } from '../../lib/i18n/locales'
import { roles, toOptions } from '../../lib/reference/taxonomy'
import { startInContentLanguage } from './hooks/startInContentLanguage'

/** The first account created on an empty site administers it (after field access, which strips `role` from anonymous writes). */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

const translatorsNeedLocales: SelectFieldSingleValidation = (value, { siblingData, req }) => {
  const languages = (siblingData as { languages?: string[] | null }).languages
  if (value === 'translator' && (!languages || languages.length === 0))
    return messagesFor(req)('validation.translatorLanguages')
  return true
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: label('collections.users.singular'),
    plural: label('collections.users.plural'),
  },
  auth: {
    // No account locks: anyone could lock anyone's account. Failed logins hold back the client that
    // made them instead (lib/auth/attempts.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: secureCookies(), sameSite: 'Lax' },
    forgotPassword: {
      // Payload's own interval between two requests is reserved by a write outside the request's
      // open transaction, which SQLite's single writer refused ("database is locked", 500): the
      // requests are throttled per client instead (lib/auth/attempts.ts).
      minRequestInterval: 0,
    },
  },
  endpoints: [loginEndpoint, forgotPasswordEndpoint],
  access: {
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    admin: ({ req }) => Boolean(req.user),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'languages'],
    group: label('groups.administration'),
  },
  defaultSort: 'name',
  hooks: {
    beforeOperation: [enforcePasswordPolicy, throttleAttempts],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [forgiveSuccessfulLogin, startInContentLanguage],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: label('fields.name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: toOptions(roles),
      validate: translatorsNeedLocales,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      saveToJWT: true,
      label: label('fields.role'),
      admin: {
        description: description('descriptions.users.role'),
      },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: locales.map((l) => ({ value: l.code, label: l.label })),
      access: { create: adminFieldOnly, update: adminFieldOnly },
      saveToJWT: true,
      label: label('fields.languagesTranslated'),
      admin: {
        condition: (data) => data?.role === 'translator',
        description: description('descriptions.users.languages'),
      },
    },
  ],
}
