/**
 * One search per query kind and locale, from the generator's vocabulary (scripts/bench/text.ts): a
 * word in most documents, two words together in about one in a hundred, a phrase, the start of a
 * word, a word in none.
 */
export const QUERY_KINDS = {
  common: { en: 'health', fr: 'santé', es: 'salud', ar: 'الصحية' },
  rare: { en: 'tuberculosis sahel', fr: 'tuberculose sahel', es: 'tuberculosis sahel', ar: 'السل الساحل' },
  phrase: {
    en: '"safe migration pathways"',
    fr: '"voies de migration sûres"',
    es: '"vías de migración seguras"',
    ar: '"مسارات هجرة آمنة"',
  },
  prefix: { en: 'resil', fr: 'résil', es: 'resil', ar: 'الصمو' },
  miss: { en: 'xylophone', fr: 'xylophone', es: 'xylophone', ar: 'xylophone' },
} as const
