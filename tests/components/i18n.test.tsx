import { describe, expect, test } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'

import { FallbackNotice, FallbackTag } from '@/components/i18n/FallbackNotice'
import { InLanguage } from '@/components/i18n/InLanguage'
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher'

const hrefs = { en: '/en/news/council', fr: '/fr/news/conseil', es: '/es/news/consejo', ar: '/ar/news/majlis' }

describe('LanguageSwitcher', () => {
  test('links to the same document in every locale, under its own slug, each named in itself', () => {
    render(<LanguageSwitcher locale="fr" hrefs={hrefs} />)
    const nav = screen.getByRole('navigation', { name: 'Langues' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((a) => a.getAttribute('href'))).toEqual(Object.values(hrefs))
    expect(links.map((a) => a.textContent)).toEqual(['English', 'Français', 'Español', 'العربية'])
    expect(links.map((a) => a.getAttribute('lang'))).toEqual(['en', 'fr', 'es', 'ar'])
    expect(links.map((a) => a.getAttribute('hreflang'))).toEqual(['en', 'fr', 'es', 'ar'])
  })

  test('marks the current language and sets the direction of the Arabic link', () => {
    render(<LanguageSwitcher locale="es" hrefs={hrefs} />)
    expect(screen.getByRole('link', { current: 'page' })).toHaveProperty('textContent', 'Español')
    expect(screen.getByText('العربية').getAttribute('dir')).toBe('rtl')
    expect(screen.getByRole('navigation', { name: 'Idiomas' })).toBeTruthy()
  })
})

describe('fallback notice', () => {
  test('says in the visitor’s language which language the page is shown in', () => {
    const { rerender } = render(<FallbackNotice locale="en" shownIn="fr" />)
    expect(screen.getByRole('note').textContent).toBe('This page is not yet available in English; shown in French.')
    rerender(<FallbackNotice locale="es" shownIn="fr" />)
    expect(screen.getByRole('note').textContent).toBe(
      'Esta página aún no está disponible en español; se muestra en francés.',
    )
    rerender(<FallbackNotice locale="ar" shownIn="fr" />)
    expect(screen.getByRole('note').textContent).toContain('الفرنسية')
  })

  test('list items get a short tag', () => {
    render(<FallbackTag locale="fr" shownIn="en" />)
    expect(screen.getByText('En anglais')).toBeTruthy()
  })

  test('content in another language carries its own lang and dir; content in the page’s language none', () => {
    render(
      <>
        <InLanguage pageLocale="ar" shownIn="fr">
          <p>Texte français</p>
        </InLanguage>
        <InLanguage pageLocale="fr" shownIn="ar" as="span">
          نص عربي
        </InLanguage>
        <InLanguage pageLocale="en" shownIn="en">
          <p>Same language</p>
        </InLanguage>
      </>,
    )
    const french = screen.getByText('Texte français').parentElement!
    expect([french.getAttribute('lang'), french.getAttribute('dir')]).toEqual(['fr', 'ltr'])
    const arabic = screen.getByText('نص عربي')
    expect([arabic.tagName, arabic.getAttribute('lang'), arabic.getAttribute('dir')]).toEqual(['SPAN', 'ar', 'rtl'])
    const same = screen.getByText('Same language').parentElement!
    expect(same.hasAttribute('lang')).toBe(false)
  })
})
