import type { GroupField } from 'payload'

/** What search engines and social networks show: falls back to the title and summary when empty. */
export function seoFields(): GroupField {
  return {
    name: 'meta',
    type: 'group',
    label: {
      en: 'Search and sharing',
      fr: 'Référencement et partage',
      es: 'Buscadores y redes',
      ar: 'البحث والمشاركة',
    },
    admin: { description: 'Optional. Leave empty to use the title, summary and main image.' },
    fields: [
      {
        name: 'title',
        type: 'text',
        localized: true,
        maxLength: 70,
        label: {
          en: 'Title for search results',
          fr: 'Titre pour les moteurs de recherche',
          es: 'Título para buscadores',
          ar: 'العنوان في نتائج البحث',
        },
      },
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        maxLength: 200,
        label: {
          en: 'Description for search results',
          fr: 'Description pour les moteurs de recherche',
          es: 'Descripción para buscadores',
          ar: 'الوصف في نتائج البحث',
        },
      },
      {
        name: 'image',
        type: 'upload',
        relationTo: 'media',
        label: { en: 'Image for sharing', fr: 'Image de partage', es: 'Imagen para compartir', ar: 'صورة المشاركة' },
      },
    ],
  }
}
