/**
 * One search per query kind and locale, from the generator's vocabulary (scripts/bench/text.ts): a
 * word in most documents, a word of the long tail in about one in 300 (rank 3,000 of a Zipf
 * vocabulary: realisticBody), a phrase of common words, the start of a word, a word in none.
 */
import { tailWord } from './text'

export const QUERY_KINDS = {
  common: { en: 'health', fr: 'santé', es: 'salud', ar: 'الصحية' },
  rare: { en: tailWord('en', 3000), fr: tailWord('fr', 3000), es: tailWord('es', 3000), ar: tailWord('ar', 3000) },
  phrase: {
    en: '"safe migration pathways"',
    fr: '"voies de migration sûres"',
    es: '"vías de migración seguras"',
    ar: '"مسارات هجرة آمنة"',
  },
  prefix: { en: 'resil', fr: 'résil', es: 'resil', ar: 'الصمو' },
  miss: { en: 'xylophone', fr: 'xylophone', es: 'xylophone', ar: 'xylophone' },
} as const
