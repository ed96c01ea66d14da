import type { SiteText } from '@/lib/content/site'
import { directionOf, type LocaleCode } from '@/lib/i18n/locales'

/** A site setting's text, marked with its own language when it is not the page's. */
export function LocalizedText({
  value,
  locale,
  as: Tag = 'p',
  id,
}: {
  value: SiteText
  locale: LocaleCode
  as?: 'h1' | 'p' | 'span'
  id?: string
}) {
  const foreign = value.locale !== locale
  return (
    <Tag id={id} lang={foreign ? value.locale : undefined} dir={foreign ? directionOf(value.locale) : undefined}>
      {value.text}
    </Tag>
  )
}
