import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../../access'
import { description, label } from '../../lib/i18n/admin'
import { requiredInOriginalLanguage } from '../../fields/validators'
import { missingFileIsNotFound } from '../../lib/security/missingUpload'

/** Raster formats sharp can resize. SVG is refused: it can carry scripts. */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

/** Responsive widths: phone, tablet/card, desktop hero. WebP keeps them small for slow connections. */
const webp = { format: 'webp' as const, options: { quality: 78 } }

const MEDIA_DIR = path.resolve(process.cwd(), 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('collections.media.singular'), plural: label('collections.media.plural') },
  access: referenceAccess,
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt', 'translationStatus'],
    listSearchableFields: ['filename', 'alt', 'caption', 'credit'],
    group: label('groups.organisation'),
  },
  defaultSort: '-updatedAt',
  upload: {
    staticDir: MEDIA_DIR,
    handlers: [missingFileIsNotFound(MEDIA_DIR)],
    mimeTypes: ACCEPTED_IMAGE_TYPES,
    focalPoint: true,
    crop: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp, withoutEnlargement: true },
      { name: 'hero', width: 1600, formatOptions: webp, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      // Required in the original language (the validator), not `required`: see collections/Offices.
      validate: requiredInOriginalLanguage,
      maxLength: 300,
      label: label('fields.alternativeText'),
      admin: { description: description('descriptions.media.alt') },
    },
    { name: 'caption', type: 'text', localized: true, maxLength: 500, label: label('fields.caption') },
    { name: 'credit', type: 'text', localized: true, maxLength: 200, label: label('fields.credit'), admin: { description: description('descriptions.media.credit') } },
  ],
}
