/**
 * Old addresses that lead to new ones: made by the site when a published document's slug changes
 * (lib/redirects/keepOldAddresses.ts), or by an editor for any other address. The site consults them
 * only where it would answer 404 (lib/site/pageParams.ts), so a redirect never hides a live page.
 */
import type { CollectionConfig, FieldHook, PayloadRequest, TextFieldSingleValidation } from 'payload'

import { editors, staff } from '../../access'
import { messagesFor, validateUrl } from '../../fields/validators'
import { expireTags } from '../../lib/content/revalidate'
import { REDIRECTS_TAG } from '../../lib/content/tags'
import { description, label } from '../../lib/i18n/admin'
import { parseOldAddress, parseSitePath } from '../../lib/redirects/paths'
import { resolveRedirect, type RedirectTarget } from '../../lib/redirects/resolve'
import { siteOrigin } from '../../lib/site/routes'
import { routedCollections } from '../registry'

const validateFrom: TextFieldSingleValidation = (value, { req }) =>
  parseOldAddress(value) ? true : messagesFor(req)('redirects.invalidFrom', { value: String(value ?? '') })

/** Stored as the path the site compares with: `/fr/news/old-title`, whatever form it was typed in. */
const normaliseFrom: FieldHook = ({ value }) => parseOldAddress(value)?.path ?? value

const validateAddress: TextFieldSingleValidation = async (value, { req, siblingData, data }) => {
  const to = siblingData as RedirectTarget
  if (to.kind !== 'address') return true
  const message = messagesFor(req)
  const text = typeof value === 'string' ? value.trim() : ''
  const own = parseSitePath(text, siteOrigin())
  if (!own && (text === '' || validateUrl(text, { req }) !== true))
    return message('redirects.invalidAddress', { value: text })
  const from = parseOldAddress((data as { from?: unknown }).from)
  if (!own || !from) return true
  if (own.path === from.path) return message('redirects.sameAddress')
  const resolution = await resolveRedirect(req.payload, from.path, { kind: 'address', address: own.path })
  return resolution.loop ? message('redirects.loop', { chain: resolution.chain.join(' → ') }) : true
}

const normaliseAddress: FieldHook = ({ value }) => parseSitePath(value, siteOrigin())?.path ?? value

const expireRedirects = ({ req }: { req: PayloadRequest }) => expireTags([REDIRECTS_TAG], req)

export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: label('redirects.singular'), plural: label('redirects.plural') },
  // Editors and administrators keep them; translators may read them, as everything else in the admin.
  access: { read: staff, create: editors, update: editors, delete: editors },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to.kind', 'to.document', 'to.address', 'origin', 'updatedAt'],
    group: label('groups.site'),
  },
  defaultSort: '-updatedAt',
  hooks: {
    afterChange: [
      ({ doc, req }) => {
        expireRedirects({ req })
        return doc
      },
    ],
    afterDelete: [
      ({ doc, req }) => {
        expireRedirects({ req })
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 1000,
      validate: validateFrom,
      hooks: { beforeValidate: [normaliseFrom] },
      label: label('redirects.from'),
      admin: { description: description('redirects.fromHelp') },
    },
    {
      name: 'to',
      type: 'group',
      label: label('redirects.kind'),
      fields: [
        {
          name: 'kind',
          type: 'radio',
          required: true,
          defaultValue: 'document',
          options: [
            { value: 'document', label: label('redirects.kinds.document') },
            { value: 'address', label: label('redirects.kinds.address') },
          ],
          label: label('redirects.kind'),
        },
        {
          name: 'document',
          type: 'relationship',
          relationTo: [...routedCollections],
          validate: (value: unknown, { siblingData, req }: { siblingData: unknown; req: PayloadRequest }) =>
            (siblingData as RedirectTarget).kind !== 'document' || value
              ? true
              : messagesFor(req)('redirects.documentRequired'),
          label: label('redirects.document'),
          admin: {
            condition: (_, sibling) => sibling?.kind !== 'address',
            description: description('redirects.documentHelp'),
          },
        },
        {
          name: 'address',
          type: 'text',
          maxLength: 2000,
          validate: validateAddress,
          hooks: { beforeValidate: [normaliseAddress] },
          label: label('redirects.address'),
          admin: {
            condition: (_, sibling) => sibling?.kind === 'address',
            description: description('redirects.addressHelp'),
          },
        },
      ],
    },
    {
      name: 'origin',
      type: 'select',
      defaultValue: 'manual',
      options: [
        { value: 'manual', label: label('redirects.origins.manual') },
        { value: 'slugChange', label: label('redirects.origins.slugChange') },
      ],
      label: label('redirects.origin'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
