import anyAscii from 'any-ascii'

const MAX_SLUG_LENGTH = 80

/** The web form of a title in any script: transliterated to ASCII, lower case, words joined by hyphens. */
export function slugify(text: string): string {
  const ascii = anyAscii(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii
  const cut = ascii.slice(0, MAX_SLUG_LENGTH)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isValidSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value)
}
