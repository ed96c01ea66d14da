import { contentCollectionSlugs, isContentCollection, type ContentCollection } from '../collections/registry'

/** Collections with localized text: the ones translated, shown in the Translations overview and exported (all content collections). */
export const translatableCollections = contentCollectionSlugs

export type TranslatableCollection = ContentCollection

export const isTranslatableCollection = isContentCollection
