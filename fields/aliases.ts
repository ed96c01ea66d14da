import type { TextField } from 'payload'

import { label } from './editorial'

/**
 * Other names a document goes by in texts, per language ("Bureau régional du Caire", "IOM Cairo"):
 * the page importer recognises a document by its name or title and these, in every language.
 */
export function aliasesField(): TextField {
  return {
    name: 'aliases',
    type: 'text',
    hasMany: true,
    localized: true,
    maxLength: 200,
    label: label('Other names', 'Autres noms', 'Otros nombres', 'أسماء أخرى'),
    admin: {
      description: label(
        'Other names it goes by in texts, one per entry; imported pages that use them are linked to it.',
        'Autres noms sous lesquels les textes le désignent, un par entrée ; les pages importées qui les emploient y sont liées.',
        'Otros nombres con los que lo designan los textos, uno por entrada; las páginas importadas que los usan se vinculan a él.',
        'أسماء أخرى تُستخدم للإشارة إليه في النصوص، اسم واحد في كل خانة؛ تُربط به الصفحات المستوردة التي تستخدمها.',
      ),
    },
  }
}
