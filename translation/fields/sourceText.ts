import type { UIField } from 'payload'

/**
 * The original text beside the form when a document is opened in another language: what a
 * translator translates from, without switching languages back and forth. Shows nothing in the
 * document's own language. Not stored.
 */
export function sourceTextField(): UIField {
  return {
    name: 'sourceText',
    type: 'ui',
    admin: { components: { Field: '/translation/admin/SourceTextField#SourceTextField' }, disableListColumn: true },
  }
}
