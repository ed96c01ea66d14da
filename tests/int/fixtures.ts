import type { Payload } from 'payload'

import type { Office, User } from '../../payload-types'
import { richTextFromParagraphs } from '../../lib/text/richText'

export const PASSWORD = 'correct-horse-battery-staple'

export async function makeUser(
  payload: Payload,
  role: User['role'],
  languages: User['languages'] = null,
): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      name: `${role} ${languages?.join('+') ?? ''}`.trim(),
      email: `${role}-${(languages ?? []).join('-') || 'all'}-${Math.random().toString(36).slice(2, 8)}@example.org`,
      password: PASSWORD,
      role,
      languages,
    },
  })
}

export interface PressReleaseInput {
  title: string
  status?: 'draft' | 'published'
  locale?: 'en' | 'fr' | 'es' | 'ar'
  slug?: string
  publishedDate?: string
}

export async function makePressRelease(
  payload: Payload,
  { title, status = 'published', locale = 'fr', slug, publishedDate = '2019-11-26T09:00:00.000Z' }: PressReleaseInput,
) {
  return payload.create({
    collection: 'press-releases',
    locale,
    draft: status === 'draft',
    data: {
      title,
      slug,
      _status: status,
      publishedDate,
      summary: `Résumé de ${title}`,
      body: richTextFromParagraphs([`Texte de ${title}.`]),
      themes: ['migration-governance'],
    },
  })
}

export interface OfficeInput {
  name: string
  locale?: 'en' | 'fr' | 'es' | 'ar'
  /** Offices without a status (saved before offices had drafts) are public; default published. */
  status?: 'draft' | 'published'
  city?: string
  country?: Office['country']
  timeZone?: Office['timeZone']
  kind?: Office['kind']
  region?: Office['region']
}

/** An office (a country office in the EEA unless asked otherwise) in `locale`, published unless asked otherwise. */
export async function makeOffice(
  payload: Payload,
  {
    name,
    locale = 'fr',
    status = 'published',
    city = name,
    country = 'FR',
    timeZone = 'Europe/Paris',
    kind = 'country-office',
    region = 'eea',
  }: OfficeInput,
) {
  return payload.create({
    collection: 'offices',
    locale,
    data: { name, kind, region, city, country, timeZone, _status: status },
  })
}

/** The field messages of a refused write: what the editor sees next to each field. */
export async function refusalOf(write: Promise<unknown>): Promise<string[]> {
  try {
    await write
  } catch (error) {
    const data = (error as { data?: { errors?: { message?: string; path?: string }[] } }).data
    const fields = data?.errors?.map((e) => `${e.path}: ${e.message}`) ?? []
    return fields.length > 0 ? fields : [(error as Error).message]
  }
  throw new Error('The write was accepted, but it should have been refused.')
}
