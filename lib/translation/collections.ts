import type { CollectionSlug } from 'payload'

/** Collections with localized text: the ones translated, shown in the Translations overview and exported. */
export const translatableCollections = [
  'press-releases',
  'events',
  'health-programmes',
  'pages',
  'offices',
  'media',
] as const satisfies readonly CollectionSlug[]

export type TranslatableCollection = (typeof translatableCollections)[number]

export function isTranslatableCollection(value: unknown): value is TranslatableCollection {
  return typeof value === 'string' && (translatableCollections as readonly string[]).includes(value)
}
