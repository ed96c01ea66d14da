/**
 * The site's frame in the languages the seed pages do not have: the header menu's labels and the
 * navigation's pages (titles and intros, keyed by their French text as the seed pages print it),
 * and the organisation's site settings. The organisation's own wording where it has one. The offices'
 * names and cities, in every language, are in ./gazetteer.
 * `npm run i18n:check` reports any French text of the seeded frame that lacks a language here.
 */
import type { LocaleCode } from '../lib/i18n/locales'
import { officeGazetteer, type OfficeRecord } from './gazetteer'
import type { ParsedNavigation } from './parser'

export type OtherLocale = Exclude<LocaleCode, 'fr'>
export type OtherLocales = Record<OtherLocale, string>
export const otherLocales: OtherLocale[] = ['en', 'es', 'ar']

/** Menu labels, which are also the titles of the navigation's pages. */
export const menuTranslations: Record<string, OtherLocales> = {
  'Qui sommes nous': { en: 'Who we are', es: 'Quiénes somos', ar: 'من نحن' },
  Structure: { en: 'Structure', es: 'Estructura', ar: 'الهيكل' },
  'Structure organisationnelle': {
    en: 'Organizational structure',
    es: 'Estructura organizativa',
    ar: 'الهيكل التنظيمي',
  },
  'Directrice générale': { en: 'Director General', es: 'Directora General', ar: 'المديرة العامة' },
  'Directrice générale adjointe chargée de la gestion et des réformes': {
    en: 'Deputy Director General for Management and Reform',
    es: 'Directora General Adjunta de Gestión y Reforma',
    ar: 'نائبة المديرة العامة لشؤون الإدارة والإصلاح',
  },
  'Directrice générale adjointe chargée des opérations': {
    en: 'Deputy Director General for Operations',
    es: 'Directora General Adjunta de Operaciones',
    ar: 'نائبة المديرة العامة لشؤون العمليات',
  },
  'Bureau du Chef de Cabinet': {
    en: 'Office of the Chief of Staff',
    es: 'Oficina del Jefe de Gabinete',
    ar: 'مكتب رئيس الديوان',
  },
  'Bureau des partenariats, de la sensibilisation et de la communication': {
    en: 'Office of Partnerships, Advocacy and Communication',
    es: 'Oficina de Alianzas, Promoción y Comunicación',
    ar: 'مكتب الشراكات والدعوة والاتصال',
  },
  'Bureau de la stratégie et de la performance institutionnelle': {
    en: 'Office of Strategy and Institutional Performance',
    es: 'Oficina de Estrategia y Desempeño Institucional',
    ar: 'مكتب الاستراتيجية والأداء المؤسسي',
  },
  'Notre travail': { en: 'Our work', es: 'Nuestro trabajo', ar: 'عملنا' },
  'Ce que nous faisons': { en: 'What we do', es: 'Lo que hacemos', ar: 'ما نقوم به' },
  Partenariats: { en: 'Partnerships', es: 'Alianzas', ar: 'الشراكات' },
  'Où travaillons-nous': { en: 'Where we work', es: 'Dónde trabajamos', ar: 'أين نعمل' },
  Agir: { en: 'Take action', es: 'Actúe', ar: 'شارك في العمل' },
  'Travailler avec nous': { en: 'Work with us', es: 'Trabaje con nosotros', ar: 'اعمل معنا' },
  'Engagez-vous': { en: 'Get involved', es: 'Participe', ar: 'انخرط معنا' },
  'Données et recherche': { en: 'Data and research', es: 'Datos e investigación', ar: 'البيانات والبحوث' },
  '2030 AGENDA': { en: '2030 Agenda', es: 'Agenda 2030', ar: 'خطة عام 2030' },
}

const WHO_WE_ARE_FR =
  "L'Organisation internationale pour les migrations (OIM) fait partie du système des Nations Unies et est la première organisation intergouvernementale à promouvoir depuis 1951 une migration humaine et ordonnée qui profite à tous, composée de 175 Etats membres et présente dans 171 pays."

/** The intros of the navigation's sections (the first is also the site's "who we are"), keyed by their French text. */
export const introTranslations: Record<string, OtherLocales> = {
  [WHO_WE_ARE_FR]: {
    en: 'The International Organization for Migration (IOM) is part of the United Nations system and, since 1951, the leading intergovernmental organization promoting humane and orderly migration for the benefit of all, with 175 Member States and a presence in 171 countries.',
    es: 'La Organización Internacional para las Migraciones (OIM) forma parte del sistema de las Naciones Unidas y es, desde 1951, la principal organización intergubernamental que promueve una migración humana y ordenada en beneficio de todos; cuenta con 175 Estados Miembros y está presente en 171 países.',
    ar: 'المنظمة الدولية للهجرة جزء من منظومة الأمم المتحدة، وهي منذ عام 1951 المنظمة الحكومية الدولية الرائدة في تعزيز الهجرة الإنسانية والمنظمة لما فيه خير الجميع، وتضم 175 دولة عضوًا ولها حضور في 171 بلدًا.',
  },
  "En tant que principale organisation intergouvernementale qui promeut depuis 1951 une migration humaine et ordonnée, l'OIM joue un rôle clé pour soutenir la réalisation du Programme 2030 à travers différents domaines d'intervention qui relient à la fois l'aide humanitaire et le développement durable.":
    {
      en: 'As the leading intergovernmental organization promoting humane and orderly migration since 1951, IOM plays a key role in supporting the achievement of the 2030 Agenda through areas of work that link humanitarian assistance and sustainable development.',
      es: 'Como principal organización intergubernamental que promueve desde 1951 una migración humana y ordenada, la OIM desempeña un papel clave en el apoyo a la consecución de la Agenda 2030 mediante ámbitos de intervención que vinculan la asistencia humanitaria y el desarrollo sostenible.',
      ar: 'بصفتها المنظمة الحكومية الدولية الرائدة في تعزيز الهجرة الإنسانية والمنظمة منذ عام 1951، تضطلع المنظمة الدولية للهجرة بدور رئيسي في دعم تحقيق خطة عام 2030 من خلال مجالات عمل تربط بين المساعدة الإنسانية والتنمية المستدامة.',
    },
}

/** The site settings in every language ("who we are" comes from the navigation's first intro). */
export const organisation = {
  fr: {
    organisationName: 'Organisation internationale pour les migrations',
    shortName: 'OIM',
    tagline: 'Pour une migration humaine et ordonnée qui profite à tous',
  },
  en: {
    organisationName: 'International Organization for Migration',
    shortName: 'IOM',
    tagline: 'Humane and orderly migration for the benefit of all',
  },
  es: {
    organisationName: 'Organización Internacional para las Migraciones',
    shortName: 'OIM',
    tagline: 'Por una migración humana y ordenada que beneficie a todos',
  },
  ar: {
    organisationName: 'المنظمة الدولية للهجرة',
    shortName: 'المنظمة',
    tagline: 'من أجل هجرة إنسانية ومنظمة تعود بالنفع على الجميع',
  },
} satisfies Record<LocaleCode, Record<string, string>>

/** A French text of the frame in `locale`: its translation, or the French when there is none (i18n:check reports it). */
export function frameText(table: Record<string, OtherLocales>, french: string, locale: LocaleCode): string {
  return locale === 'fr' ? french : (table[french]?.[locale] ?? french)
}

/** Latin letters in an Arabic text: a French or English word left where the Arabic belongs ("Genève، سويسرا"). */
const LATIN_LETTER = /\p{Script=Latin}/u

/** What is wrong with `text` as the `locale` form of `french`: missing, or not in the language's script; null when fine. */
function translationGap(french: string, locale: OtherLocale, text: string | undefined): string | null {
  if (!text?.trim()) return `${locale}: "${french}"`
  if (locale === 'ar' && LATIN_LETTER.test(text)) return `${locale}: "${french}" is "${text}", not Arabic`
  return null
}

/**
 * Every French text of the seeded frame that a language lacks, as `locale: "text"` lines: the
 * navigation's labels and intros, the site settings, and the offices' names and cities that
 * lists, pages and pickers show (reference data seeded in every language).
 */
export function frameTranslationGaps(
  navigation: ParsedNavigation,
  offices: Pick<OfficeRecord, 'name' | 'city'>[] = officeGazetteer,
): string[] {
  const gaps: string[] = []
  const report = (french: string, translated: (locale: OtherLocale) => string | undefined) => {
    for (const locale of otherLocales) {
      const gap = translationGap(french, locale, translated(locale))
      if (gap) gaps.push(gap)
    }
  }
  const check = (table: Record<string, OtherLocales>, french: string) => report(french, (l) => table[french]?.[l])
  for (const section of navigation.sections) {
    check(menuTranslations, section.title)
    if (section.intro) check(introTranslations, section.intro)
    for (const item of section.items) check(menuTranslations, item)
  }
  for (const key of Object.keys(organisation.fr) as (keyof typeof organisation.fr)[])
    report(organisation.fr[key], (l) => organisation[l][key])
  for (const office of offices) {
    report(office.name.fr, (l) => office.name[l])
    report(office.city.fr, (l) => office.city[l])
  }
  return gaps
}
