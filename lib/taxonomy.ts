/**
 * Controlled vocabularies shared by the collections, the seed importer and the site.
 * Values are stable identifiers stored in the database; labels are per admin language.
 */
import type { LocaleCode } from './i18n/locales'

type Labels = Record<LocaleCode, string>

export interface Term<V extends string = string> {
  value: V
  label: Labels
}

export const officeKinds = [
  { value: 'headquarters', label: { en: 'Headquarters', fr: 'Siège', es: 'Sede', ar: 'المقر الرئيسي' } },
  {
    value: 'regional-office',
    label: { en: 'Regional office', fr: 'Bureau régional', es: 'Oficina regional', ar: 'مكتب إقليمي' },
  },
  {
    value: 'country-office',
    label: { en: 'Country office', fr: 'Bureau de pays', es: 'Oficina en el país', ar: 'مكتب قطري' },
  },
  { value: 'sub-office', label: { en: 'Sub-office', fr: 'Bureau auxiliaire', es: 'Suboficina', ar: 'مكتب فرعي' } },
  {
    value: 'liaison-office',
    label: { en: 'Liaison office', fr: 'Bureau de liaison', es: 'Oficina de enlace', ar: 'مكتب اتصال' },
  },
] as const satisfies readonly Term[]
export type OfficeKind = (typeof officeKinds)[number]['value']

export const regions = [
  {
    value: 'see-ee-ca',
    label: {
      en: 'South-Eastern Europe, Eastern Europe and Central Asia',
      fr: 'Europe du Sud-Est, Europe orientale et Asie centrale',
      es: 'Europa Sudoriental, Europa Oriental y Asia Central',
      ar: 'جنوب شرق أوروبا وأوروبا الشرقية وآسيا الوسطى',
    },
  },
  {
    value: 'west-central-africa',
    label: {
      en: 'West and Central Africa',
      fr: 'Afrique de l’Ouest et du Centre',
      es: 'África Occidental y Central',
      ar: 'غرب ووسط أفريقيا',
    },
  },
  {
    value: 'southern-africa',
    label: { en: 'Southern Africa', fr: 'Afrique australe', es: 'África Meridional', ar: 'الجنوب الأفريقي' },
  },
  {
    value: 'east-horn-africa',
    label: {
      en: 'East and Horn of Africa',
      fr: 'Afrique de l’Est et Corne de l’Afrique',
      es: 'África Oriental y el Cuerno de África',
      ar: 'شرق أفريقيا والقرن الأفريقي',
    },
  },
  {
    value: 'mena',
    label: {
      en: 'Middle East and North Africa',
      fr: 'Moyen-Orient et Afrique du Nord',
      es: 'Oriente Medio y Norte de África',
      ar: 'الشرق الأوسط وشمال أفريقيا',
    },
  },
  {
    value: 'asia-pacific',
    label: { en: 'Asia and the Pacific', fr: 'Asie et Pacifique', es: 'Asia y el Pacífico', ar: 'آسيا والمحيط الهادئ' },
  },
  {
    value: 'south-america',
    label: { en: 'South America', fr: 'Amérique du Sud', es: 'América del Sur', ar: 'أمريكا الجنوبية' },
  },
  {
    value: 'central-north-america-caribbean',
    label: {
      en: 'Central and North America and the Caribbean',
      fr: 'Amérique centrale, Amérique du Nord et Caraïbes',
      es: 'América Central y del Norte y el Caribe',
      ar: 'أمريكا الوسطى والشمالية ومنطقة البحر الكاريبي',
    },
  },
  {
    value: 'eea',
    label: {
      en: 'European Economic Area',
      fr: 'Espace économique européen',
      es: 'Espacio Económico Europeo',
      ar: 'المنطقة الاقتصادية الأوروبية',
    },
  },
  { value: 'global', label: { en: 'Global', fr: 'Mondial', es: 'Mundial', ar: 'عالمي' } },
] as const satisfies readonly Term[]
export type Region = (typeof regions)[number]['value']

export const themes = [
  { value: 'hiv', label: { en: 'HIV', fr: 'VIH', es: 'VIH', ar: 'فيروس نقص المناعة البشرية' } },
  { value: 'tuberculosis', label: { en: 'Tuberculosis', fr: 'Tuberculose', es: 'Tuberculosis', ar: 'السل' } },
  {
    value: 'primary-health-care',
    label: {
      en: 'Primary health care',
      fr: 'Soins de santé primaires',
      es: 'Atención primaria de salud',
      ar: 'الرعاية الصحية الأولية',
    },
  },
  {
    value: 'health-in-emergencies',
    label: {
      en: 'Health in emergencies',
      fr: 'Santé dans les situations d’urgence',
      es: 'Salud en emergencias',
      ar: 'الصحة في حالات الطوارئ',
    },
  },
  {
    value: 'health-assessments',
    label: {
      en: 'Health assessments',
      fr: 'Évaluations sanitaires',
      es: 'Evaluaciones de salud',
      ar: 'التقييمات الصحية',
    },
  },
  {
    value: 'migration-health',
    label: { en: 'Migration health', fr: 'Migration et santé', es: 'Migración y salud', ar: 'الهجرة والصحة' },
  },
  {
    value: 'humanitarian-response',
    label: {
      en: 'Humanitarian response',
      fr: 'Action humanitaire',
      es: 'Respuesta humanitaria',
      ar: 'الاستجابة الإنسانية',
    },
  },
  {
    value: 'migration-governance',
    label: {
      en: 'Migration governance',
      fr: 'Gouvernance des migrations',
      es: 'Gobernanza de la migración',
      ar: 'حوكمة الهجرة',
    },
  },
  { value: 'partnerships', label: { en: 'Partnerships', fr: 'Partenariats', es: 'Alianzas', ar: 'الشراكات' } },
] as const satisfies readonly Term[]
export type Theme = (typeof themes)[number]['value']

export const eventKinds = [
  {
    value: 'council-session',
    label: { en: 'Council session', fr: 'Session du Conseil', es: 'Reunión del Consejo', ar: 'دورة المجلس' },
  },
  { value: 'conference', label: { en: 'Conference', fr: 'Conférence', es: 'Conferencia', ar: 'مؤتمر' } },
  { value: 'meeting', label: { en: 'Meeting', fr: 'Réunion', es: 'Reunión', ar: 'اجتماع' } },
  { value: 'workshop', label: { en: 'Workshop', fr: 'Atelier', es: 'Taller', ar: 'ورشة عمل' } },
  { value: 'consultation', label: { en: 'Consultation', fr: 'Consultation', es: 'Consulta', ar: 'مشاورة' } },
  { value: 'webinar', label: { en: 'Webinar', fr: 'Webinaire', es: 'Seminario web', ar: 'ندوة عبر الإنترنت' } },
] as const satisfies readonly Term[]
export type EventKind = (typeof eventKinds)[number]['value']

export const eventStatuses = [
  { value: 'scheduled', label: { en: 'Scheduled', fr: 'Prévu', es: 'Programado', ar: 'مجدول' } },
  { value: 'postponed', label: { en: 'Postponed', fr: 'Reporté', es: 'Aplazado', ar: 'مؤجل' } },
  { value: 'cancelled', label: { en: 'Cancelled', fr: 'Annulé', es: 'Cancelado', ar: 'ملغى' } },
] as const satisfies readonly Term[]
export type EventStatus = (typeof eventStatuses)[number]['value']

export const programmeStatuses = [
  { value: 'planned', label: { en: 'Planned', fr: 'Prévu', es: 'Previsto', ar: 'مخطط' } },
  { value: 'active', label: { en: 'Active', fr: 'En cours', es: 'En curso', ar: 'جارٍ' } },
  { value: 'completed', label: { en: 'Completed', fr: 'Terminé', es: 'Finalizado', ar: 'مكتمل' } },
] as const satisfies readonly Term[]
export type ProgrammeStatus = (typeof programmeStatuses)[number]['value']

export const roles = [
  { value: 'admin', label: { en: 'Administrator', fr: 'Administrateur', es: 'Administrador', ar: 'مسؤول' } },
  { value: 'editor', label: { en: 'Editor', fr: 'Éditeur', es: 'Editor', ar: 'محرر' } },
  { value: 'translator', label: { en: 'Translator', fr: 'Traducteur', es: 'Traductor', ar: 'مترجم' } },
] as const satisfies readonly Term[]
export type Role = (typeof roles)[number]['value']

/** Payload `options` from a vocabulary: value + per-language labels for the admin UI. */
export function toOptions<V extends string>(terms: readonly Term<V>[]): { value: V; label: Labels }[] {
  return terms.map((t) => ({ value: t.value, label: { ...t.label } }))
}

export function labelOf<V extends string>(terms: readonly Term<V>[], value: V, locale: LocaleCode): string {
  return terms.find((t) => t.value === value)?.label[locale] ?? value
}
