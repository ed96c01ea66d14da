/**
 * Gazetteer of the organisation's entities that seed pages mention: offices, events and programmes.
 * Data only; the matching lives in `./mentions`.
 *
 * Every `patterns` regular expression is written against *folded* text (see `foldText` in
 * `./mentions`): lower case, accents removed, ’ ‘ ʼ turned into ', dashes into "-", whitespace
 * collapsed. So a pattern says `bureau regional de l'oim a vienne` and matches
 * "Bureau régional de l’OIM à Vienne".
 */
import type { LocaleCode } from '../lib/i18n/locales'
import type { EventKind, EventStatus, OfficeKind, ProgrammeStatus, Region, Theme } from '../lib/reference/taxonomy'

export interface LocalisedText {
  fr: string
  en: string
}

/**
 * An office's name or city in every language of the site: offices are reference data that lists,
 * pages and pickers show in the visitor's language (`npm run i18n:check` checks them).
 */
export type PlaceNames = Record<LocaleCode, string>

export interface OfficeRecord {
  key: string
  name: PlaceNames
  kind: OfficeKind
  city: PlaceNames
  /** ISO 3166-1 alpha-2. */
  country: string
  region: Region
  latitude: number
  longitude: number
  /** IANA time zone. */
  timeZone: string
  /** Key of the office this one reports to. */
  parentKey?: string
  /** Other spellings of the city (other languages, without accents), for matching datelines. */
  cityAliases?: string[]
  /** Other names texts give the office, stored as its aliases: the importer recognises them. */
  aliases?: LocalisedList
  patterns: RegExp[]
}

export interface LocalisedList {
  fr: string[]
  en: string[]
}

export interface EventRecord {
  key: string
  title: LocalisedText
  kind: EventKind
  status: EventStatus
  /** ISO 8601 calendar dates, local to `timeZone`. */
  startDate: string
  endDate: string
  /** 'month' when only the month is known: the dates then span the month. */
  datePrecision: 'day' | 'month'
  allDay: boolean
  timeZone: string
  city: LocalisedText
  /** ISO 3166-1 alpha-2. */
  country: string
  latitude: number
  longitude: number
  /** Host office key, when one office hosted the event. */
  officeKey?: string
  organisers: string[]
  themes: Theme[]
  regions: Region[]
  programmeKeys: string[]
  /** Where facts not in the seed pages (e.g. exact dates) come from. */
  sources?: string[]
  patterns: RegExp[]
}

export interface ProgrammeRecord {
  key: string
  title: LocalisedText
  summary: LocalisedText
  status: ProgrammeStatus
  themes: Theme[]
  regions: Region[]
  /** ISO 3166-1 alpha-2 codes of the countries it works in; empty for global programmes. */
  countries: string[]
  officeKeys: string[]
  patterns: RegExp[]
}

// ---------------------------------------------------------------------------------------------
// Pattern building blocks (folded text)
// ---------------------------------------------------------------------------------------------

/** "l'OIM" or the organisation's full French name. */
const OIM = String.raw`(?:l['\s]?\s?oim|l'organisation internationale pour les migrations(?: \(oim\))?)`
const IOM = String.raw`(?:iom|the international organization for migration(?: \(iom\))?)`

function re(source: string): RegExp {
  return new RegExp(source, 'iu')
}

interface RegionalOfficeNames {
  /** Folded French city ("vienne", "caire") and the locative used with it ("a vienne", "au caire"). */
  cityFr: string
  locativeFr: string
  cityEn: string
  /** Folded regular-expression alternatives naming the region, after "pour" / "for". */
  regionFr: string
  regionEn: string
}

function regionalOfficePatterns(n: RegionalOfficeNames): RegExp[] {
  return [
    re(String.raw`\bbureau regional (?:de ${OIM} )?(?:pour [^.;\n]{3,90}? )?${n.locativeFr}\b`),
    re(String.raw`\bbureau regional (?:de|du) ${n.cityFr}\b`),
    re(String.raw`\bbureau regional (?:de ${OIM} )?pour (?:${n.regionFr})`),
    re(String.raw`\bregional office (?:for [^.;\n]{3,90}? )?in ${n.cityEn}\b`),
    re(String.raw`\b${n.cityEn} regional office\b`),
    re(String.raw`\bregional office for (?:the )?(?:${n.regionEn})`),
  ]
}

interface CountryOfficeNames {
  /** Folded French and English country names, as regular-expression alternatives. */
  fr: string
  en: string
}

const FR_PREPOSITION = '(?:au|aux|en|a)'
const LIST_ITEM = String.raw`[\w'-]+(?: [\w'-]+){0,2}`

function countryOfficePatterns(n: CountryOfficeNames): RegExp[] {
  return [
    // "les missions de l'OIM au Chili et en Colombie": every country of the list, matched where it is named.
    re(
      String.raw`(?<=\b(?:missions?|bureaux?(?: de pays)?) de ${OIM} (?:${FR_PREPOSITION} ${LIST_ITEM}(?:, | et ))*${FR_PREPOSITION} )(?:${n.fr})\b`,
    ),
    // "l'OIM au Chili", "OIM Chili" (the usual signature), Spanish "OIM Chile".
    re(String.raw`\b${OIM} (?:au|aux|en) (?:${n.fr})\b`),
    re(String.raw`\boim (?:${n.fr}|${n.en})\b`),
    re(
      String.raw`(?<=\b${IOM}(?:'s)? (?:missions?|offices?|country offices?) (?:in|to) (?:${LIST_ITEM}(?:, | and ))*)(?:${n.en})\b`,
    ),
    re(String.raw`\biom (?:${n.en})\b`),
  ]
}

// ---------------------------------------------------------------------------------------------
// Offices
// ---------------------------------------------------------------------------------------------

export const officeGazetteer: OfficeRecord[] = [
  {
    key: 'hq-geneva',
    name: { fr: 'Siège de l’OIM', en: 'IOM Headquarters', es: 'Sede de la OIM', ar: 'مقر المنظمة الدولية للهجرة' },
    kind: 'headquarters',
    city: { fr: 'Genève', en: 'Geneva', es: 'Ginebra', ar: 'جنيف' },
    country: 'CH',
    region: 'global',
    latitude: 46.2246,
    longitude: 6.1386,
    timeZone: 'Europe/Zurich',
    cityAliases: ['Genf', 'Ginebra', 'Ginevra'],
    aliases: { fr: ['Siège de l’OIM à Genève', 'OIM Genève'], en: ['IOM headquarters in Geneva', 'IOM Geneva'] },
    patterns: [
      re(String.raw`\bsiege (?:de|du) ${OIM}`),
      re(String.raw`\bsiege de l'organisation\b`),
      re(String.raw`\boim geneve\b`),
      re(String.raw`\b${IOM}(?:'s)? headquarters\b`),
      re(String.raw`\bheadquarters of ${IOM}`),
      re(String.raw`\biom geneva\b`),
    ],
  },
  {
    key: 'ro-vienna',
    name: {
      fr: 'Bureau régional de l’OIM à Vienne',
      en: 'IOM Regional Office in Vienna',
      es: 'Oficina Regional de la OIM en Viena',
      ar: 'المكتب الإقليمي للمنظمة الدولية للهجرة في فيينا',
    },
    kind: 'regional-office',
    city: { fr: 'Vienne', en: 'Vienna', es: 'Viena', ar: 'فيينا' },
    country: 'AT',
    region: 'see-ee-ca',
    latitude: 48.2082,
    longitude: 16.3738,
    timeZone: 'Europe/Vienna',
    parentKey: 'hq-geneva',
    cityAliases: ['Wien', 'Viena'],
    aliases: { fr: ['Bureau régional de Vienne'], en: ['Vienna Regional Office'] },
    patterns: regionalOfficePatterns({
      cityFr: 'vienne',
      locativeFr: 'a vienne',
      cityEn: 'vienna',
      regionFr: String.raw`l'europe du sud-est[^.;\n]{0,60}asie centrale`,
      regionEn: String.raw`south-?eastern europe[^.;\n]{0,50}central asia`,
    }),
  },
  {
    key: 'ro-dakar',
    name: {
      fr: 'Bureau régional de l’OIM à Dakar',
      en: 'IOM Regional Office in Dakar',
      es: 'Oficina Regional de la OIM en Dakar',
      ar: 'المكتب الإقليمي للمنظمة الدولية للهجرة في داكار',
    },
    kind: 'regional-office',
    city: { fr: 'Dakar', en: 'Dakar', es: 'Dakar', ar: 'داكار' },
    country: 'SN',
    region: 'west-central-africa',
    latitude: 14.7167,
    longitude: -17.4677,
    timeZone: 'Africa/Dakar',
    parentKey: 'hq-geneva',
    aliases: { fr: ['Bureau régional de Dakar'], en: ['Dakar Regional Office'] },
    patterns: regionalOfficePatterns({
      cityFr: 'dakar',
      locativeFr: 'a dakar',
      cityEn: 'dakar',
      regionFr: String.raw`l'afrique de l'ouest et (?:du )?centre|l'afrique centrale et (?:de )?l'ouest`,
      regionEn: String.raw`west and central africa`,
    }),
  },
  {
    key: 'ro-pretoria',
    name: {
      fr: 'Bureau régional de l’OIM à Pretoria',
      en: 'IOM Regional Office in Pretoria',
      es: 'Oficina Regional de la OIM en Pretoria',
      ar: 'المكتب الإقليمي للمنظمة الدولية للهجرة في بريتوريا',
    },
    kind: 'regional-office',
    city: { fr: 'Pretoria', en: 'Pretoria', es: 'Pretoria', ar: 'بريتوريا' },
    country: 'ZA',
    region: 'southern-africa',
    latitude: -25.7479,
    longitude: 28.2293,
    timeZone: 'Africa/Johannesburg',
    parentKey: 'hq-geneva',
    cityAliases: ['Tshwane'],
    aliases: { fr: ['Bureau régional de Pretoria'], en: ['Pretoria Regional Office'] },
    patterns: regionalOfficePatterns({
      cityFr: 'pretoria',
      locativeFr: 'a pretoria',
      cityEn: 'pretoria',
      regionFr: String.raw`l'afrique australe`,
      regionEn: String.raw`southern africa`,
    }),
  },
  {
    key: 'ro-nairobi',
    name: {
      fr: 'Bureau régional de l’OIM à Nairobi',
      en: 'IOM Regional Office in Nairobi',
      es: 'Oficina Regional de la OIM en Nairobi',
      ar: 'المكتب الإقليمي للمنظمة الدولية للهجرة في نيروبي',
    },
    kind: 'regional-office',
    city: { fr: 'Nairobi', en: 'Nairobi', es: 'Nairobi', ar: 'نيروبي' },
    country: 'KE',
    region: 'east-horn-africa',
    latitude: -1.2921,
    longitude: 36.8219,
    timeZone: 'Africa/Nairobi',
    parentKey: 'hq-geneva',
    aliases: { fr: ['Bureau régional de Nairobi'], en: ['Nairobi Regional Office'] },
    patterns: regionalOfficePatterns({
      cityFr: 'nairobi',
      locativeFr: 'a nairobi',
      cityEn: 'nairobi',
      regionFr: String.raw`l'afrique de l'est et (?:la )?corne de l'afrique`,
      regionEn: String.raw`(?:the )?east and horn of africa`,
    }),
  },
  {
    key: 'ro-cairo',
    name: {
      fr: 'Bureau régional de l’OIM au Caire',
      en: 'IOM Regional Office in Cairo',
      es: 'Oficina Regional de la OIM en El Cairo',
      ar: 'المكتب الإقليمي للمنظمة الدولية للهجرة في القاهرة',
    },
    kind: 'regional-office',
    city: { fr: 'Le Caire', en: 'Cairo', es: 'El Cairo', ar: 'القاهرة' },
    country: 'EG',
    region: 'mena',
    latitude: 30.0444,
    longitude: 31.2357,
    timeZone: 'Africa/Cairo',
    parentKey: 'hq-geneva',
    cityAliases: ['Caire', 'El Cairo'],
    aliases: { fr: ['Bureau régional du Caire'], en: ['Cairo Regional Office'] },
    patterns: regionalOfficePatterns({
      cityFr: 'caire',
      locativeFr: 'au caire',
      cityEn: 'cairo',
      regionFr: String.raw`le moyen-orient et l'afrique du nord`,
      regionEn: String.raw`the middle east and north africa|mena\b`,
    }),
  },
  {
    key: 'ro-buenos-aires',
    name: {
      fr: 'Bureau régional de l’OIM à Buenos Aires',
      en: 'IOM Regional Office in Buenos Aires',
      es: 'Oficina Regional de la OIM en Buenos Aires',
      ar: 'المكتب الإقليمي للمنظمة الدولية للهجرة في بوينس آيرس',
    },
    kind: 'regional-office',
    city: { fr: 'Buenos Aires', en: 'Buenos Aires', es: 'Buenos Aires', ar: 'بوينس آيرس' },
    country: 'AR',
    region: 'south-america',
    latitude: -34.6037,
    longitude: -58.3816,
    timeZone: 'America/Buenos_Aires',
    parentKey: 'hq-geneva',
    aliases: { fr: ['Bureau régional de Buenos Aires'], en: ['Buenos Aires Regional Office'] },
    patterns: regionalOfficePatterns({
      cityFr: 'buenos aires',
      locativeFr: 'a buenos aires',
      cityEn: 'buenos aires',
      regionFr: String.raw`l'amerique du sud`,
      regionEn: String.raw`south america`,
    }),
  },
  {
    key: 'co-chile',
    name: { fr: 'OIM Chili', en: 'IOM Chile', es: 'OIM Chile', ar: 'المنظمة الدولية للهجرة في شيلي' },
    kind: 'country-office',
    city: { fr: 'Santiago', en: 'Santiago', es: 'Santiago', ar: 'سانتياغو' },
    country: 'CL',
    region: 'south-america',
    latitude: -33.4489,
    longitude: -70.6693,
    timeZone: 'America/Santiago',
    parentKey: 'ro-buenos-aires',
    cityAliases: ['Santiago du Chili', 'Santiago de Chile'],
    aliases: { fr: ['Mission de l’OIM au Chili'], en: ['IOM mission in Chile'] },
    patterns: countryOfficePatterns({ fr: 'chili|chile', en: 'chile' }),
  },
  {
    key: 'co-colombia',
    name: { fr: 'OIM Colombie', en: 'IOM Colombia', es: 'OIM Colombia', ar: 'المنظمة الدولية للهجرة في كولومبيا' },
    kind: 'country-office',
    city: { fr: 'Bogotá', en: 'Bogotá', es: 'Bogotá', ar: 'بوغوتا' },
    country: 'CO',
    region: 'south-america',
    latitude: 4.711,
    longitude: -74.0721,
    timeZone: 'America/Bogota',
    parentKey: 'ro-buenos-aires',
    aliases: { fr: ['Mission de l’OIM en Colombie'], en: ['IOM mission in Colombia'] },
    patterns: countryOfficePatterns({ fr: 'colombie|colombia', en: 'colombia' }),
  },
  {
    key: 'co-peru',
    name: { fr: 'OIM Pérou', en: 'IOM Peru', es: 'OIM Perú', ar: 'المنظمة الدولية للهجرة في بيرو' },
    kind: 'country-office',
    city: { fr: 'Lima', en: 'Lima', es: 'Lima', ar: 'ليما' },
    country: 'PE',
    region: 'south-america',
    latitude: -12.0464,
    longitude: -77.0428,
    timeZone: 'America/Lima',
    parentKey: 'ro-buenos-aires',
    aliases: { fr: ['Mission de l’OIM au Pérou'], en: ['IOM mission in Peru'] },
    patterns: countryOfficePatterns({ fr: 'perou|peru', en: 'peru' }),
  },
  {
    key: 'co-turkiye',
    name: { fr: 'OIM Türkiye', en: 'IOM Türkiye', es: 'OIM Türkiye', ar: 'المنظمة الدولية للهجرة في تركيا' },
    kind: 'country-office',
    city: { fr: 'Ankara', en: 'Ankara', es: 'Ankara', ar: 'أنقرة' },
    country: 'TR',
    region: 'see-ee-ca',
    latitude: 39.9334,
    longitude: 32.8597,
    timeZone: 'Europe/Istanbul',
    parentKey: 'ro-vienna',
    aliases: { fr: ['Mission de l’OIM en Turquie', 'OIM Turquie'], en: ['IOM mission in Türkiye', 'IOM Turkey'] },
    patterns: countryOfficePatterns({ fr: 'turquie|turkiye', en: 'turkiye|turkey' }),
  },
]

/**
 * Names of the gazetteer's countries, folded or not, in the languages datelines use (fr, en, es and
 * local). Completes Intl.DisplayNames, whose names vary between ICU versions ("Turkey"/"Türkiye").
 */
export const countryAliases: Record<string, string[]> = {
  CH: ['Suisse', 'Switzerland', 'Schweiz', 'Suiza', 'Svizzera'],
  AT: ['Autriche', 'Austria', 'Österreich'],
  SN: ['Sénégal', 'Senegal'],
  ZA: ['Afrique du Sud', 'South Africa', 'Sudáfrica'],
  KE: ['Kenya'],
  EG: ['Égypte', 'Egypt', 'Egipto'],
  AR: ['Argentine', 'Argentina'],
  CL: ['Chili', 'Chile'],
  CO: ['Colombie', 'Colombia'],
  PE: ['Pérou', 'Peru', 'Perú'],
  TR: ['Turquie', 'Türkiye', 'Turkey', 'Turquía'],
  // Not offices of the seed: names Intl.DisplayNames lacks ("Biélorussie" in French ICU).
  BY: ['Bélarus', 'Belarus', 'Biélorussie', 'Bielorrusia'],
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

export const eventGazetteer: EventRecord[] = [
  {
    key: 'council-110',
    title: { fr: '110e session du Conseil de l’OIM', en: '110th Session of the IOM Council' },
    kind: 'council-session',
    status: 'scheduled',
    startDate: '2019-11-26',
    endDate: '2019-11-28',
    datePrecision: 'day',
    allDay: true,
    timeZone: 'Europe/Zurich',
    city: { fr: 'Genève', en: 'Geneva' },
    country: 'CH',
    latitude: 46.2044,
    longitude: 6.1432,
    officeKey: 'hq-geneva',
    organisers: ['OIM'],
    themes: ['migration-governance'],
    regions: ['global'],
    programmeKeys: [],
    patterns: [
      re(String.raw`\b110 ?(?:e|eme|ieme|th)? session (?:annuelle )?(?:de son|du) conseil\b`),
      re(String.raw`\b110 ?(?:e|eme|ieme)? session du conseil de ${OIM}`),
      re(String.raw`\b110th session of the (?:iom )?council\b`),
      re(String.raw`\biom council(?:'s)? 110th session\b`),
    ],
  },
  {
    key: 'iom-ngo-consultation-mena-2019',
    title: {
      fr: 'Première Consultation humanitaire régionale OIM-ONG pour le Moyen-Orient et l’Afrique du Nord',
      en: 'First Regional IOM–NGO Humanitarian Consultation for the Middle East and North Africa',
    },
    kind: 'consultation',
    status: 'scheduled',
    startDate: '2019-10-29',
    endDate: '2019-10-30',
    datePrecision: 'day',
    allDay: true,
    timeZone: 'Europe/Istanbul',
    city: { fr: 'Istanbul', en: 'Istanbul' },
    country: 'TR',
    latitude: 41.0082,
    longitude: 28.9784,
    organisers: ['OIM', 'Conseil international des agences bénévoles (ICVA)'],
    themes: ['humanitarian-response', 'partnerships'],
    regions: ['mena'],
    programmeKeys: [],
    sources: [
      'https://www.mercyhands.org/post/mercy-hands-participates-in-the-2019-iom-ngo-regional-humanitarian-consultation-in-istanbul',
    ],
    patterns: [
      re(String.raw`\bconsultation humanitaire regionale oim-ong\b`),
      re(String.raw`\bconsultation humanitaire regionale (?:oim-ong )?pour le moyen-orient`),
      re(String.raw`\bregional iom-ngo humanitarian consultation\b`),
      re(String.raw`\biom-ngo regional humanitarian consultation\b`),
      re(String.raw`\bregional humanitarian consultation for the middle east and north africa\b`),
    ],
  },
  {
    key: 'chile-colombia-health-migration-2015',
    title: {
      fr: 'Première réunion binationale Chili–Colombie sur la santé et la migration',
      en: 'First Chile–Colombia binational meeting on health and migration',
    },
    kind: 'meeting',
    status: 'scheduled',
    startDate: '2015-09-01',
    endDate: '2015-09-30',
    datePrecision: 'month',
    allDay: true,
    timeZone: 'America/Santiago',
    city: { fr: 'Antofagasta', en: 'Antofagasta' },
    country: 'CL',
    latitude: -23.6509,
    longitude: -70.3975,
    officeKey: 'co-chile',
    organisers: ['OIM', 'Ministère de la santé du Chili'],
    themes: ['migration-health'],
    regions: ['south-america'],
    programmeKeys: [],
    patterns: [
      // Not the "deuxième réunion binationale" announced for October.
      re(
        String.raw`(?<!(?:deuxieme|seconde|second) )\breunion (?:binationale )?entre (?:le chili et la colombie|la colombie et le chili)\b`,
      ),
      re(String.raw`\bprogramme binational sur la sante et la migration\b`),
      re(String.raw`(?<!second )\b(?:binational )?meeting between (?:chile and colombia|colombia and chile)\b`),
      re(String.raw`\bchile-colombia binational meeting\b`),
    ],
  },
]

// ---------------------------------------------------------------------------------------------
// Programmes
// ---------------------------------------------------------------------------------------------

export const programmeGazetteer: ProgrammeRecord[] = [
  {
    key: 'hiv-migration',
    title: { fr: 'VIH et migration', en: 'HIV and migration' },
    summary: {
      fr: 'Projets mondiaux, régionaux et nationaux de prévention du VIH, de recherche et de services directs (dépistage volontaire, conseil, traitement) pour les migrants et les populations mobiles.',
      en: 'Global, regional and national projects for HIV prevention, research and direct services (voluntary testing, counselling, treatment) for migrants and mobile populations.',
    },
    status: 'active',
    themes: ['hiv'],
    regions: ['global'],
    countries: [],
    officeKeys: [],
    patterns: [
      re(String.raw`\bvih et (?:la )?migration\b`),
      re(String.raw`\bmigration et (?:le )?vih\b`),
      re(
        String.raw`\b(?:projets?|programmes?|activites?|services?|interventions?)(?: [\w,'-]+){0,6}? de lutte contre le vih\b`,
      ),
      re(String.raw`\bhiv and migration\b`),
      re(String.raw`\bmigration and hiv\b`),
      re(String.raw`\b(?:iom(?:'s)? )?hiv (?:programmes?|projects?)\b`),
    ],
  },
  {
    key: 'migration-health-partnerships',
    title: { fr: 'Partenariats pour la santé des migrants', en: 'Migration health partnerships' },
    summary: {
      fr: 'Collaboration avec les partenaires régionaux et nationaux, par les bureaux régionaux et de pays, pour des politiques de migration et santé cohérentes et fondées sur des éléments factuels.',
      en: 'Collaboration with regional and national partners, through regional and country offices, for coherent, evidence-based migration health policies.',
    },
    status: 'active',
    themes: ['migration-health', 'partnerships', 'primary-health-care'],
    regions: ['global'],
    countries: [],
    officeKeys: ['ro-vienna', 'ro-dakar', 'ro-pretoria', 'ro-nairobi', 'ro-cairo'],
    patterns: [
      re(String.raw`\bpartenariats? pour la sante des migrants\b`),
      re(String.raw`\bpartenariats?\b[^.;\n]{0,80}\b(?:sante des migrants|migration et (?:la )?sante)\b`),
      re(
        String.raw`\bcollaboration avec (?:des|ses|les) partenaires\b[^.;\n]{0,300}\b(?:sante des migrants|migration et (?:la )?sante)\b`,
      ),
      re(String.raw`\bmigration health partnerships?\b`),
      re(String.raw`\bpartnerships? (?:for|on|in) (?:migrant|migration) health\b`),
    ],
  },
]
