/**
 * Controlled vocabularies shared by the collections, the seed importer and the site.
 * Values are stable identifiers stored in the database; labels are per language, from
 * `locales/<code>/admin.json` (`options.<vocabulary>.<value>`), shown in the admin and on the site.
 */
import { label, type AdminLabel } from '../i18n/admin'
import type { LocaleCode } from '../i18n/locales'

export interface Term<V extends string = string> {
  value: V
  label: AdminLabel
}

export const officeKinds = [
  { value: 'headquarters', label: label('options.officeKinds.headquarters') },
  {
    value: 'regional-office',
    label: label('options.officeKinds.regional-office'),
  },
  {
    value: 'country-office',
    label: label('options.officeKinds.country-office'),
  },
  { value: 'sub-office', label: label('options.officeKinds.sub-office') },
  {
    value: 'liaison-office',
    label: label('options.officeKinds.liaison-office'),
  },
] as const satisfies readonly Term[]
export type OfficeKind = (typeof officeKinds)[number]['value']

export const regions = [
  {
    value: 'see-ee-ca',
    label: label('options.regions.see-ee-ca'),
  },
  {
    value: 'west-central-africa',
    label: label('options.regions.west-central-africa'),
  },
  {
    value: 'southern-africa',
    label: label('options.regions.southern-africa'),
  },
  {
    value: 'east-horn-africa',
    label: label('options.regions.east-horn-africa'),
  },
  {
    value: 'mena',
    label: label('options.regions.mena'),
  },
  {
    value: 'asia-pacific',
    label: label('options.regions.asia-pacific'),
  },
  {
    value: 'south-america',
    label: label('options.regions.south-america'),
  },
  {
    value: 'central-north-america-caribbean',
    label: label('options.regions.central-north-america-caribbean'),
  },
  {
    value: 'eea',
    label: label('options.regions.eea'),
  },
  { value: 'global', label: label('options.regions.global') },
] as const satisfies readonly Term[]
export type Region = (typeof regions)[number]['value']

export const themes = [
  { value: 'hiv', label: label('options.themes.hiv') },
  { value: 'tuberculosis', label: label('options.themes.tuberculosis') },
  {
    value: 'primary-health-care',
    label: label('options.themes.primary-health-care'),
  },
  {
    value: 'health-in-emergencies',
    label: label('options.themes.health-in-emergencies'),
  },
  {
    value: 'health-assessments',
    label: label('options.themes.health-assessments'),
  },
  {
    value: 'migration-health',
    label: label('options.themes.migration-health'),
  },
  {
    value: 'humanitarian-response',
    label: label('options.themes.humanitarian-response'),
  },
  {
    value: 'migration-governance',
    label: label('options.themes.migration-governance'),
  },
  { value: 'partnerships', label: label('options.themes.partnerships') },
] as const satisfies readonly Term[]
export type Theme = (typeof themes)[number]['value']

export const eventKinds = [
  {
    value: 'council-session',
    label: label('options.eventKinds.council-session'),
  },
  { value: 'conference', label: label('options.eventKinds.conference') },
  { value: 'meeting', label: label('options.eventKinds.meeting') },
  { value: 'workshop', label: label('options.eventKinds.workshop') },
  { value: 'consultation', label: label('options.eventKinds.consultation') },
  { value: 'webinar', label: label('options.eventKinds.webinar') },
] as const satisfies readonly Term[]
export type EventKind = (typeof eventKinds)[number]['value']

export const eventStatuses = [
  { value: 'scheduled', label: label('options.eventStatuses.scheduled') },
  { value: 'postponed', label: label('options.eventStatuses.postponed') },
  { value: 'cancelled', label: label('options.eventStatuses.cancelled') },
] as const satisfies readonly Term[]
export type EventStatus = (typeof eventStatuses)[number]['value']

export const programmeStatuses = [
  { value: 'planned', label: label('options.programmeStatuses.planned') },
  { value: 'active', label: label('options.programmeStatuses.active') },
  { value: 'completed', label: label('options.programmeStatuses.completed') },
] as const satisfies readonly Term[]
export type ProgrammeStatus = (typeof programmeStatuses)[number]['value']

export const roles = [
  { value: 'admin', label: label('options.roles.admin') },
  { value: 'editor', label: label('options.roles.editor') },
  { value: 'translator', label: label('options.roles.translator') },
] as const satisfies readonly Term[]
export type Role = (typeof roles)[number]['value']

/** Payload `options` from a vocabulary: value + per-language labels for the admin UI. */
export function toOptions<V extends string>(terms: readonly Term<V>[]): { value: V; label: AdminLabel }[] {
  return terms.map((t) => ({ value: t.value, label: { ...t.label } }))
}

export function labelOf<V extends string>(terms: readonly Term<V>[], value: V, locale: LocaleCode): string {
  return terms.find((t) => t.value === value)?.label[locale] ?? value
}
