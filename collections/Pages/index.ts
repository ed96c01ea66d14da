import { createBreadcrumbsField, createParentField } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../access'
import { editorialVersions } from '../../fields/editorial'
import { label } from '../../lib/i18n/admin'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { requiredInOriginalLanguage } from '../../fields/validators'
import { livePreview, previewLink } from '../../lib/preview/adminLinks'

/** Nested pages ("Who we are" › "Structure" …); the nested-docs plugin keeps `breadcrumbs` (the page's path in each language) up to date. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: label('collections.pages.singular'), plural: label('collections.pages.plural') },
  access: editorialAccess,
  versions: editorialVersions,
  admin: {
    preview: previewLink('pages'),
    livePreview: livePreview('pages'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'parent', '_status', 'updatedAt', 'translationStatus'],
    listSearchableFields: ['title', 'summary'],
    group: label('groups.organisation'),
  },
  defaultSort: 'title',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      validate: requiredInOriginalLanguage,
      maxLength: 200,
      label: label('fields.title'),
    },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: label('fields.summary'),
    },
    { name: 'body', type: 'richText', localized: true, label: label('fields.text') },
    createParentField('pages', {
      label: label('fields.parentPage'),
      admin: { position: 'sidebar' },
    }),
    // Localized: each language has its own slugs, hence its own path.
    createBreadcrumbsField('pages', { localized: true, admin: { readOnly: true, hidden: true } }),
    seoFields(),
  ],
}
