import { describe, expect, test } from '@jest/globals'
import { render, screen } from '@testing-library/react'

import { TranslationBadges } from '../../translation/admin/TranslationBadges'
import { documentStatus, recordSave } from '../../translation/status'

const stored = recordSave(
  recordSave(undefined, {
    locale: 'fr',
    sourceLocale: 'fr',
    filled: ['title', 'body'],
    textChanged: true,
    reviewed: false,
    at: '2026-01-01T00:00:00.000Z',
  }),
  {
    locale: 'es',
    sourceLocale: 'fr',
    filled: ['title'],
    textChanged: true,
    reviewed: false,
    at: '2026-01-02T00:00:00.000Z',
  },
)

describe('translation badges', () => {
  test('one badge per language, state in the admin language, missing fields named', () => {
    render(
      <TranslationBadges
        statuses={documentStatus(stored, 'fr')}
        language="fr"
        showMissing
        hrefFor={(l) => `/admin/collections/press-releases/3?locale=${l}`}
      />,
    )
    const es = screen.getByRole('link', { name: 'ES: partielle — Manque: body' })
    expect(es.getAttribute('href')).toBe('/admin/collections/press-releases/3?locale=es')
    expect(screen.getByRole('link', { name: 'FR: original' }).className).toContain('tr-badge--source')
    expect(screen.getByRole('link', { name: 'AR: manquante — Manque: title, body' }).className).toContain(
      'tr-badge--missing',
    )
  })

  test('without links, plain labels (the list column)', () => {
    render(<TranslationBadges statuses={documentStatus(stored, 'fr')} language="en" />)
    expect(screen.queryAllByRole('link')).toHaveLength(0)
    expect(screen.getByLabelText('ES: partial — Missing: body').textContent).toBe('ESpartial')
  })
})
