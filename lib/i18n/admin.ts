/**
 * The admin's own words — field labels and descriptions, option labels, validation messages and the
 * screens we add — in its four languages, from `locales/<code>/admin.json` (translators edit those
 * files; `npm run i18n:check` lists what is missing). Keys are typed from the English file, so a
 * misspelt key does not compile, and a key missing in another language does not compile either.
 * Payload's own screens use Payload's translations, not these.
 */
import ar from '../../locales/ar/admin.json'
import en from '../../locales/en/admin.json'
import es from '../../locales/es/admin.json'
import fr from '../../locales/fr/admin.json'
import { defaultLocale, isLocale, localeCodes, type LocaleCode } from './locales'

type English = typeof en

/** Every dotted path to a text in the English file: `fields.title`, `screens.translations.range`. */
type PathsOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : PathsOf<T[K], `${Prefix}${K}.`>
}[keyof T & string]

export type AdminKey = PathsOf<English>

/** The English file's shape with any wording: a language that lacks a key is a type error here. */
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> }

const files: Record<LocaleCode, SameKeys<English>> = { en, fr, es, ar }

type Tree = { [key: string]: Tree | string }

function flatten(tree: Tree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree))
    if (typeof value === 'string') into.set(prefix + key, value)
    else flatten(value, `${prefix}${key}.`, into)
  return into
}

const texts = new Map(localeCodes.map((code) => [code, flatten(files[code])]))

/** The language a person chose for the admin (`req.i18n.language`), or English when it is not one of ours. */
export function adminLanguage(language: unknown): LocaleCode {
  return isLocale(language) ? language : defaultLocale
}

/** Values for `{{name}}` placeholders: "Documents {{from}}–{{to}} of {{total}}". */
export type Values = Record<string, string | number>

const interpolate = (text: string, values: Values | undefined): string =>
  values ? text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole)) : text

function textOf(code: LocaleCode, key: AdminKey): string {
  return texts.get(code)?.get(key) || texts.get(defaultLocale)?.get(key) || key
}

/** Payload's per-language label (`{ en, fr, es, ar }`): for labels, option labels, groups, descriptions. */
export type AdminLabel = Record<LocaleCode, string>

export function label(key: AdminKey): AdminLabel {
  return Object.fromEntries(localeCodes.map((code) => [code, textOf(code, key)])) as AdminLabel
}

/** A field's `admin.description`: Payload shows the text of the admin's language. */
export const description = label

export type AdminTranslate = (key: AdminKey, values?: Values) => string

/** The words of one admin language, for our screens and validation messages (`text('screens.scheduled.title')`). */
export function adminText(language: unknown): AdminTranslate {
  const code = adminLanguage(language)
  return (key, values) => interpolate(textOf(code, key), values)
}
