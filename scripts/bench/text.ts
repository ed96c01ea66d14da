/**
 * Deterministic, plausible text for generated documents in the four locales: sentences built from
 * the organisation's vocabulary, so that titles, summaries and bodies read like press releases and a
 * search word matches some documents but not all. Same seed → same text.
 */
import type { LocaleCode } from '../../lib/i18n/locales'

/** A small, fast seeded generator (mulberry32). */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]

interface Vocabulary {
  subjects: string[]
  verbs: string[]
  objects: string[]
  places: string[]
  closings: string[]
}

const vocabulary: Record<LocaleCode, Vocabulary> = {
  en: {
    subjects: [
      'The Organization',
      'The Director General',
      'The regional office',
      'Partner governments',
      'Health workers',
      'Local authorities',
      'The country mission',
      'Community leaders',
      'Donors',
      'The Council',
    ],
    verbs: [
      'launches',
      'welcomes',
      'supports',
      'calls for',
      'strengthens',
      'expands',
      'reviews',
      'announces',
      'coordinates',
      'funds',
    ],
    objects: [
      'a tuberculosis screening programme',
      'safe migration pathways',
      'primary health care for migrants',
      'emergency shelter assistance',
      'a labour mobility partnership',
      'data on displacement',
      'HIV prevention services',
      'return and reintegration support',
      'border health assessments',
      'climate resilience projects',
    ],
    places: [
      'in Geneva',
      'in Dakar',
      'in Nairobi',
      'in Vienna',
      'in Cairo',
      'in Pretoria',
      'in Santiago',
      'in Bogotá',
      'in Lima',
      'along the Sahel corridor',
    ],
    closings: [
      'this year',
      'with its partners',
      'for thousands of families',
      'ahead of the Council session',
      'after months of consultation',
      'in several countries',
    ],
  },
  fr: {
    subjects: [
      'L’Organisation',
      'Le Directeur général',
      'Le bureau régional',
      'Les gouvernements partenaires',
      'Les agents de santé',
      'Les autorités locales',
      'La mission de pays',
      'Les responsables communautaires',
      'Les donateurs',
      'Le Conseil',
    ],
    verbs: [
      'lance',
      'salue',
      'soutient',
      'appelle à',
      'renforce',
      'étend',
      'examine',
      'annonce',
      'coordonne',
      'finance',
    ],
    objects: [
      'un programme de dépistage de la tuberculose',
      'des voies de migration sûres',
      'les soins de santé primaires des migrants',
      'l’aide d’urgence en abris',
      'un partenariat de mobilité de la main-d’œuvre',
      'les données sur les déplacements',
      'les services de prévention du VIH',
      'l’aide au retour et à la réintégration',
      'les évaluations sanitaires aux frontières',
      'des projets de résilience climatique',
    ],
    places: [
      'à Genève',
      'à Dakar',
      'à Nairobi',
      'à Vienne',
      'au Caire',
      'à Pretoria',
      'à Santiago',
      'à Bogotá',
      'à Lima',
      'le long du corridor sahélien',
    ],
    closings: [
      'cette année',
      'avec ses partenaires',
      'pour des milliers de familles',
      'avant la session du Conseil',
      'après des mois de consultation',
      'dans plusieurs pays',
    ],
  },
  es: {
    subjects: [
      'La Organización',
      'El Director General',
      'La oficina regional',
      'Los gobiernos asociados',
      'El personal sanitario',
      'Las autoridades locales',
      'La misión en el país',
      'Los líderes comunitarios',
      'Los donantes',
      'El Consejo',
    ],
    verbs: ['lanza', 'celebra', 'apoya', 'pide', 'refuerza', 'amplía', 'examina', 'anuncia', 'coordina', 'financia'],
    objects: [
      'un programa de detección de la tuberculosis',
      'vías de migración seguras',
      'la atención primaria de salud para migrantes',
      'la asistencia de alojamiento de emergencia',
      'una alianza de movilidad laboral',
      'los datos sobre desplazamientos',
      'los servicios de prevención del VIH',
      'el apoyo al retorno y la reintegración',
      'las evaluaciones de salud en fronteras',
      'proyectos de resiliencia climática',
    ],
    places: [
      'en Ginebra',
      'en Dakar',
      'en Nairobi',
      'en Viena',
      'en El Cairo',
      'en Pretoria',
      'en Santiago',
      'en Bogotá',
      'en Lima',
      'a lo largo del corredor del Sahel',
    ],
    closings: [
      'este año',
      'con sus socios',
      'para miles de familias',
      'antes de la reunión del Consejo',
      'tras meses de consultas',
      'en varios países',
    ],
  },
  ar: {
    subjects: [
      'المنظمة',
      'المدير العام',
      'المكتب الإقليمي',
      'الحكومات الشريكة',
      'العاملون الصحيون',
      'السلطات المحلية',
      'البعثة القطرية',
      'قادة المجتمع',
      'الجهات المانحة',
      'المجلس',
    ],
    verbs: ['تطلق', 'ترحب', 'تدعم', 'تدعو إلى', 'تعزز', 'توسع', 'تراجع', 'تعلن', 'تنسق', 'تمول'],
    objects: [
      'برنامجا للكشف عن السل',
      'مسارات هجرة آمنة',
      'الرعاية الصحية الأولية للمهاجرين',
      'المساعدة الطارئة في الإيواء',
      'شراكة لتنقل اليد العاملة',
      'بيانات النزوح',
      'خدمات الوقاية من فيروس نقص المناعة البشرية',
      'دعم العودة وإعادة الإدماج',
      'التقييمات الصحية على الحدود',
      'مشاريع الصمود المناخي',
    ],
    places: [
      'في جنيف',
      'في داكار',
      'في نيروبي',
      'في فيينا',
      'في القاهرة',
      'في بريتوريا',
      'في سانتياغو',
      'في بوغوتا',
      'في ليما',
      'على طول ممر الساحل',
    ],
    closings: ['هذا العام', 'مع شركائها', 'لآلاف الأسر', 'قبل دورة المجلس', 'بعد أشهر من المشاورات', 'في عدة بلدان'],
  },
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1)

/** A headline: subject, verb, object, place. */
export function headline(locale: LocaleCode, random: () => number): string {
  const v = vocabulary[locale]
  return `${pick(random, v.subjects)} ${pick(random, v.verbs)} ${pick(random, v.objects)} ${pick(random, v.places)}`
}

/** One sentence of 10 to 30 words. */
export function sentence(locale: LocaleCode, random: () => number): string {
  const v = vocabulary[locale]
  const clauses = 1 + Math.floor(random() * 2)
  const parts: string[] = []
  for (let i = 0; i < clauses; i++)
    parts.push(
      `${pick(random, v.subjects)} ${pick(random, v.verbs)} ${pick(random, v.objects)} ${pick(random, v.places)} ${pick(random, v.closings)}`,
    )
  const joined = parts.join(locale === 'ar' ? '، و' : locale === 'en' ? ', and ' : locale === 'fr' ? ', et ' : ', y ')
  return `${capitalise(joined)}${locale === 'ar' ? '.' : '.'}`
}

/** A paragraph of 2 to 5 sentences. */
export function paragraph(locale: LocaleCode, random: () => number): string {
  const count = 2 + Math.floor(random() * 4)
  return Array.from({ length: count }, () => sentence(locale, random)).join(' ')
}

/** `count` paragraphs: a press release body of a few kilobytes. */
export function paragraphs(locale: LocaleCode, random: () => number, count: number): string[] {
  return Array.from({ length: count }, () => paragraph(locale, random))
}

/**
 * The long tail of an archive's vocabulary: names, places, technical terms. Words of rank r are
 * drawn with probability ∝ 1/r (Zipf's law, which word frequencies in real text follow), from
 * VOCABULARY_SIZE made-up words per script, so a few words are in most texts and most words in very
 * few — unlike the dozen template sentences above, whose every word is in almost every body.
 */
export const VOCABULARY_SIZE = 30_000

const SYLLABLES: Record<'latin' | 'arabic', string[]> = {
  latin: [...'bcdfgklmnprstvz'].flatMap((c) => [...'aeiou'].map((v) => c + v)),
  // Letters that search folding leaves as they are (no hamza, ta marbuta or alef maqsura).
  arabic: [...'بتثجحخدذرزسشصضطظعغفقكلمن'].flatMap((c) => [...'اوي'].map((v) => c + v)),
}

/** The made-up word of rank `rank` (1 = most frequent): two syllables or more, one word per rank. */
export function tailWord(locale: LocaleCode, rank: number): string {
  const syllables = SYLLABLES[locale === 'ar' ? 'arabic' : 'latin']
  let word = ''
  for (let n = rank + syllables.length; n > 0; n = Math.floor(n / syllables.length))
    word = syllables[n % syllables.length] + word
  return word
}

/** Cumulative Zipf probabilities of ranks 1…VOCABULARY_SIZE. */
const cumulative = (() => {
  const weights = Array.from({ length: VOCABULARY_SIZE }, (_, i) => 1 / (i + 1))
  const total = weights.reduce((a, b) => a + b, 0)
  let sum = 0
  return Float64Array.from(weights, (w) => (sum += w / total))
})()

/** A rank drawn from Zipf's law. */
function zipfRank(random: () => number): number {
  const r = random()
  let low = 0
  let high = VOCABULARY_SIZE - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if (cumulative[mid] < r) low = mid + 1
    else high = mid
  }
  return low + 1
}

/** A body: a few template sentences and `words` words of the long tail, in sentences of about a dozen. */
export function realisticBody(locale: LocaleCode, random: () => number, words = 120): string {
  const parts = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(locale, random))
  for (let left = words; left > 0; left -= 12) {
    const tail = Array.from({ length: Math.min(12, left) }, () => tailWord(locale, zipfRank(random)))
    parts.push(`${capitalise(tail.join(' '))}.`)
  }
  return parts.join(' ')
}
