import { describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'

import {
  dropPhotoMarkers,
  normaliseLines,
  parseDateline,
  parsePressContacts,
  parseSeedPage,
  SeedParseError,
  type Dateline,
  type PressContact,
  type SeedParseErrorCode,
} from '../../seed/parser'
import { readSeedPage, seedPagesDir } from '../support/seedPages'

/** The article alone: everything after the "- 2030 AGENDA" line. */
function articleOf(raw: string): string {
  const lines = raw.split('\n')
  return lines.slice(lines.findIndex((line) => line.trim() === '- 2030 AGENDA') + 1).join('\n')
}

interface Expected {
  kind: 'press-release' | 'text'
  title?: string
  dateline?: Dateline
  paragraphCount: number
  firstWords: string
  lastWords: string
  contacts: PressContact[]
}

const expected: Record<string, Expected> = {
  '000': {
    kind: 'text',
    paragraphCount: 7,
    firstWords: 'L’OIM a resserré sa collaboration avec des partenaires clés',
    lastWords: 'L’OIM se réjouit à la perspective d’élargir ses partenariats',
    contacts: [],
  },
  '001': {
    kind: 'text',
    paragraphCount: 4,
    firstWords: 'Les projets mondiaux, régionaux et nationaux de lutte contre le VIH',
    lastWords: "L'OIM s’intéresse aux risques et vulnérabilités liés au VIH",
    contacts: [],
  },
  '002': {
    kind: 'press-release',
    title: 'L’Organisation internationale pour les migrations ouvre mardi la 110ème session de son Conseil',
    dateline: { city: 'Genève' },
    paragraphCount: 10,
    firstWords: 'Le Directeur général de l’OIM, António Vitorino,',
    lastWords: 'Lors de la session d’ouverture, le Conseil a également accepté',
    contacts: [
      { name: 'Leonard Doyle', office: 'siège de l’OIM à Genève', phone: '+41 79 285 7123', email: 'ldoyle@iom.int' },
    ],
  },
  '003': {
    kind: 'press-release',
    title: 'L’OIM soutient la réunion entre le Chili et la Colombie sur la santé et la migration',
    dateline: { city: 'Chile' },
    paragraphCount: 7,
    firstWords: 'La première réunion entre la Colombie et le Chili',
    lastWords: "L'OIM préparera une proposition de programme",
    contacts: [{ name: 'Marina Esponda', office: 'OIM Chili', phone: '+56-2 29 633710', email: 'mesponda@iom.int' }],
  },
  '004': {
    kind: 'press-release',
    title:
      'L’OIM fait participer la société civile pour améliorer l’accès humanitaire au Moyen-Orient et en Afrique du Nord',
    dateline: { city: 'Istanbul' },
    paragraphCount: 9,
    firstWords: 'A travers le monde, les conflits armés et crises majeurs',
    lastWords: 'Jeff Labovitz, de l’OIM, a affirmé l’engagement',
    contacts: [{ email: 'humanitarianpolicy@iom.int' }],
  },
}

const navigationTitles = [
  'Qui sommes nous',
  'Structure',
  'Notre travail',
  'Ce que nous faisons',
  'Partenariats',
  'Agir',
  'Travailler avec nous',
  'Engagez-vous',
]
const navigationLines = [
  'Qui sommes nous',
  '2030 AGENDA',
  '- Structure organisationnelle',
  'Structure organisationnelle',
  'Directrice générale adjointe',
  'Travailler avec nous',
  'Engagez-vous',
  'Données et recherche',
]

describe('seed pages', () => {
  test('there are exactly the five expected pages', () => {
    const prefixes = readdirSync(seedPagesDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => name.slice(0, 3))
      .sort()
    expect(prefixes).toEqual(Object.keys(expected))
  })

  describe.each(Object.entries(expected))('page %s', (prefix, want) => {
    const page = parseSeedPage(readSeedPage(prefix))

    test(`is a ${want.kind}`, () => {
      expect(page.kind).toBe(want.kind)
    })

    test('has the expected title and dateline', () => {
      expect(page.title).toBe(want.title)
      expect(page.dateline).toEqual(want.dateline)
    })

    test('has the expected paragraphs, the dateline stripped from the first', () => {
      expect(page.paragraphs).toHaveLength(want.paragraphCount)
      expect(page.paragraphs[0].startsWith(want.firstWords)).toBe(true)
      expect(page.paragraphs[page.paragraphs.length - 1].startsWith(want.lastWords)).toBe(true)
      if (want.dateline) expect(page.paragraphs[0].startsWith(want.dateline.city)).toBe(false)
      if (want.title) expect(page.paragraphs).not.toContain(want.title)
    })

    test('has the exact press contacts, and the contact paragraph is not a body paragraph', () => {
      expect(page.contacts).toEqual(want.contacts)
      for (const paragraph of page.paragraphs) expect(paragraph).not.toMatch(/^Pour plus d['’]informations/)
    })

    test('paragraphs are trimmed, non-empty and have no runs of spaces', () => {
      for (const paragraph of page.paragraphs) {
        expect(paragraph).toBe(paragraph.trim())
        expect(paragraph.length).toBeGreaterThan(0)
        expect(paragraph).not.toMatch(/\s{2,}|\r/)
      }
    })

    test('no "(photo)" marker is left in the text', () => {
      for (const paragraph of page.paragraphs) expect(paragraph).not.toMatch(/\(\s*(?:voir\s+)?photos?\b/iu)
    })

    test('no navigation line leaks into the article', () => {
      for (const paragraph of page.paragraphs) {
        expect(paragraph).not.toBe('-')
        expect(paragraph.startsWith('- ')).toBe(false)
        for (const line of navigationLines) expect(paragraph).not.toBe(line)
        expect(paragraph).not.toContain('Qui sommes nous')
        expect(paragraph).not.toContain('2030 AGENDA')
      }
      expect(page.title ?? '').not.toContain('Qui sommes nous')
    })

    test('finds the navigation sections', () => {
      const { sections } = page.navigation
      expect(sections.map((s) => s.title)).toEqual(navigationTitles)
      const byTitle = new Map(sections.map((s) => [s.title, s]))
      expect(byTitle.get('Qui sommes nous')?.intro).toBe(
        "L'Organisation internationale pour les migrations (OIM) fait partie du système des Nations Unies et est la première organisation intergouvernementale à promouvoir depuis 1951 une migration humaine et ordonnée qui profite à tous, composée de 175 Etats membres et présente dans 171 pays.",
      )
      expect(
        byTitle.get('Notre travail')?.intro?.startsWith('En tant que principale organisation intergouvernementale'),
      ).toBe(true)
      expect(sections.map((s) => s.group)).toEqual([0, 0, 1, 1, 1, 2, 2, 2])
      expect(byTitle.get('Structure')).toEqual({
        group: 0,
        title: 'Structure',
        items: [
          'Structure organisationnelle',
          'Directrice générale',
          'Directrice générale adjointe chargée de la gestion et des réformes',
          'Directrice générale adjointe chargée des opérations',
          'Bureau du Chef de Cabinet',
          'Bureau des partenariats, de la sensibilisation et de la communication',
          'Bureau de la stratégie et de la performance institutionnelle',
        ],
      })
      expect(byTitle.get('Partenariats')?.items).toEqual(['Où travaillons-nous'])
      expect(byTitle.get('Agir')).toEqual({ group: 2, title: 'Agir', items: [] })
      expect(byTitle.get('Engagez-vous')?.items).toEqual(['Données et recherche', '2030 AGENDA'])
      for (const title of [
        'Structure',
        'Ce que nous faisons',
        'Partenariats',
        'Agir',
        'Travailler avec nous',
        'Engagez-vous',
      ]) {
        expect(byTitle.get(title)?.intro).toBeUndefined()
      }
    })

    test('parses the article alone (without the navigation block) the same way', () => {
      const alone = parseSeedPage(articleOf(readSeedPage(prefix)))
      expect(alone.navigation.sections).toEqual([])
      expect({ ...alone, navigation: page.navigation }).toEqual(page)
    })

    test('is insensitive to CRLF line ends, blank lines and extra spaces', () => {
      const messy = readSeedPage(prefix)
        .split('\n')
        .map((line) => `  ${line.replace(/ /g, '   ')}\t`)
        .join('\r\n\r\n')
      expect(parseSeedPage(messy)).toEqual(page)
    })
  })

  test('typographic apostrophes and quotes are kept as they are', () => {
    const page = parseSeedPage(readSeedPage('002'))
    expect(page.paragraphs[1]).toContain('« C’est un privilège d’être à la tête de cette Organisation…')
    expect(page.contacts[0].office).toBe('siège de l’OIM à Genève')
  })
})

describe('photo markers', () => {
  test('the seed programme text loses its two "(photo)" markers, and only them', () => {
    const raw = articleOf(readSeedPage('000'))
    expect(raw.match(/\(photo\)/g)).toHaveLength(2)
    const text = parseSeedPage(raw).paragraphs.join('\n')
    expect(text).toContain('la Conférence mondiale sur les soins de santé primaires à Astana (Kazakhstan).')
    expect(text).toContain('en Europe et en Asie centrale. L’OIM a aussi activement contribué')
    expect(text).toContain('Istanbul (Turquie)')
  })

  test.each([
    ['la Conférence (photo) à Astana', 'la Conférence à Astana'],
    ['en Asie centrale (photo).', 'en Asie centrale.'],
    ['les participants (Photos), puis', 'les participants, puis'],
    ['(voir photo) Le Directeur', 'Le Directeur'],
    ['le bureau (photo ci-dessus) a ouvert', 'le bureau a ouvert'],
    ['the meeting (see photo) in Cairo', 'the meeting in Cairo'],
    ['la reunión (foto) en Lima', 'la reunión en Lima'],
  ])('%s → %s', (input, output) => {
    expect(dropPhotoMarkers(input)).toBe(output)
  })

  test.each(['la photographie de la mission', 'Photo : OIM 2019', 'Istanbul (Turquie)', 'un photomaton (photomaton)'])(
    'leaves %s alone',
    (text) => {
      expect(dropPhotoMarkers(text)).toBe(text)
    },
  )

  test('a line that holds only a marker is dropped, the rest parsed as before', () => {
    const page = parseSeedPage('Un titre\n(photo)\nGenève - Le texte commence ici.\nSuite.')
    expect(page.kind).toBe('press-release')
    expect(page.paragraphs).toEqual(['Le texte commence ici.', 'Suite.'])
  })

  test('a page of markers alone is refused with its reason', () => {
    expect(() => parseSeedPage('(photo)\n(photos)')).toThrow(/only photo markers/)
  })
})

describe('normaliseLines', () => {
  test('converts line ends, trims, drops empty lines and collapses runs of spaces', () => {
    expect(normaliseLines('\uFEFF  a   b \r\n\r\n\tc\u00A0\u00A0d\re  \n\n')).toEqual(['a b', 'c d', 'e'])
  })

  test('keeps a single no-break space and typographic apostrophes', () => {
    expect(normaliseLines('l’OIM :\u00A0« oui »')).toEqual(['l’OIM :\u00A0« oui »'])
  })
})

describe('parseDateline', () => {
  test.each<[string, Dateline, string]>([
    ['Genève - Le Directeur général a parlé.', { city: 'Genève' }, 'Le Directeur général a parlé.'],
    ['Genève – Le Directeur général a parlé.', { city: 'Genève' }, 'Le Directeur général a parlé.'],
    ['Genève — Le Directeur général a parlé.', { city: 'Genève' }, 'Le Directeur général a parlé.'],
    ['Minsk, Bélarus - Un atelier a eu lieu.', { city: 'Minsk', country: 'Bélarus' }, 'Un atelier a eu lieu.'],
    ['Minsk, Bélarus – Un atelier a eu lieu.', { city: 'Minsk', country: 'Bélarus' }, 'Un atelier a eu lieu.'],
    ['Suisse - L’OIM annonce un nouveau programme.', { city: 'Suisse' }, 'L’OIM annonce un nouveau programme.'],
    ['Chile - La première réunion a eu lieu.', { city: 'Chile' }, 'La première réunion a eu lieu.'],
    [
      'Istanbul - A travers le monde, les conflits - et les crises - persistent.',
      { city: 'Istanbul' },
      'A travers le monde, les conflits - et les crises - persistent.',
    ],
    ['Rio de Janeiro - Une conférence s’est ouverte.', { city: 'Rio de Janeiro' }, 'Une conférence s’est ouverte.'],
    ['Port-au-Prince – Les équipes sont sur place.', { city: 'Port-au-Prince' }, 'Les équipes sont sur place.'],
    [
      'Abidjan, Côte d’Ivoire - Une campagne commence.',
      { city: 'Abidjan', country: 'Côte d’Ivoire' },
      'Une campagne commence.',
    ],
    [
      'Le Caire - Le bureau régional a publié un rapport.',
      { city: 'Le Caire' },
      'Le bureau régional a publié un rapport.',
    ],
    ['  Genève   -   Texte.  ', { city: 'Genève' }, 'Texte.'],
  ])('%p', (paragraph, dateline, rest) => {
    expect(parseDateline(paragraph)).toEqual({ dateline, rest })
  })

  test.each([
    'Il a dit - et je cite - que la migration doit être sûre.',
    'Toutefois - et c’est essentiel - les migrants doivent être protégés.',
    'Le 26 novembre 2019 - la session du Conseil s’est ouverte.',
    'Selon le rapport, la situation - déjà grave - empire.',
    'Migration et santé : enjeux - perspectives',
    'C’est un privilège - a déclaré le Directeur général.',
    'La Conférence Mondiale Sur Les Soins De Santé - Astana',
    'L’OIM (Genève) - communiqué',
    'Pourquoi Migrer ? - Une question',
    'Genève, Suisse, Europe - Texte',
    'Genève-Le Directeur général a parlé.',
    'Genève -Le Directeur général a parlé.',
    '- Structure organisationnelle',
    '2030 - AGENDA',
    'genève - le directeur',
    'Dans la région Sud-Est de l’Europe, Europe de l’Est et Asie centrale, le Bureau régional de l’OIM à Vienne a participé.',
    '« Nous devons agir » - a-t-il dit.',
  ])('%p is not a dateline', (paragraph) => {
    expect(parseDateline(paragraph)).toBeNull()
  })
})

describe('parsePressContacts', () => {
  test('name, office, phone and email (typographic apostrophe, "Tel." and "email :")', () => {
    expect(
      parsePressContacts(
        'Pour plus d’informations, veuillez contacter Leonard Doyle au siège de l’OIM à Genève, Tel. +41 79 285 7123, email : ldoyle@iom.int',
      ),
    ).toEqual([
      { name: 'Leonard Doyle', office: 'siège de l’OIM à Genève', phone: '+41 79 285 7123', email: 'ldoyle@iom.int' },
    ])
  })

  test('name, office after a comma, "Tel:" and "Email" (straight apostrophe)', () => {
    expect(
      parsePressContacts(
        "Pour plus d'informations, veuillez contacter Marina Esponda, OIM Chili, Tel: +56-2 29 633710, Email mesponda@iom.int",
      ),
    ).toEqual([{ name: 'Marina Esponda', office: 'OIM Chili', phone: '+56-2 29 633710', email: 'mesponda@iom.int' }])
  })

  test('an email address alone', () => {
    expect(parsePressContacts('Pour plus d’informations, veuillez contacter humanitarianpolicy@iom.int')).toEqual([
      { email: 'humanitarianpolicy@iom.int' },
    ])
  })

  test.each([
    ['Tel', 'Tel +41 22 717 9111'],
    ['Tel:', 'Tel: +41 22 717 9111'],
    ['Tel.', 'Tel. +41 22 717 9111'],
    ['Tel. :', 'Tel. : +41 22 717 9111'],
    ['Tél', 'Tél +41 22 717 9111'],
    ['Tél.', 'Tél. +41 22 717 9111'],
    ['Tél. :', 'Tél. : +41 22 717 9111'],
    ['Mobile', 'Mobile +41 22 717 9111'],
    ['Mobile :', 'Mobile : +41 22 717 9111'],
    ['Mob.', 'Mob. +41 22 717 9111'],
    ['Mob.:', 'Mob.: +41 22 717 9111'],
  ])('phone label %p', (_label, phone) => {
    expect(
      parsePressContacts(
        `Pour plus d'informations, veuillez contacter Joel Millman, OIM Genève, ${phone}, Email jmillman@iom.int`,
      ),
    ).toEqual([{ name: 'Joel Millman', office: 'OIM Genève', phone: '+41 22 717 9111', email: 'jmillman@iom.int' }])
  })

  test('several contacts joined by " ou ", " or " and ";"', () => {
    expect(
      parsePressContacts(
        'Pour plus d’informations, veuillez contacter Joe Lowry, OIM Vienne, Tél. : +43 660 3776404, Email : jlowry@iom.int ou Leonard Doyle au siège de l’OIM à Genève, Mob. +41 79 285 7123, email ldoyle@iom.int; Florence Kim, Mobile +41 79 103 03 42, fkim@iom.int or pressunit@iom.int',
      ),
    ).toEqual([
      { name: 'Joe Lowry', office: 'OIM Vienne', phone: '+43 660 3776404', email: 'jlowry@iom.int' },
      { name: 'Leonard Doyle', office: 'siège de l’OIM à Genève', phone: '+41 79 285 7123', email: 'ldoyle@iom.int' },
      { name: 'Florence Kim', phone: '+41 79 103 03 42', email: 'fkim@iom.int' },
      { email: 'pressunit@iom.int' },
    ])
  })

  test('a second number of the same person is not a separate contact', () => {
    expect(
      parsePressContacts(
        'Pour plus d’informations, veuillez contacter Leonard Doyle, Tel. +41 22 717 9111 ou +41 79 285 7123',
      ),
    ).toEqual([{ name: 'Leonard Doyle', phone: '+41 22 717 9111' }])
  })

  test('honorifics and particles in names', () => {
    expect(
      parsePressContacts(
        'Pour plus d’informations, veuillez contacter Mme Jean de La Fontaine à l’OIM Genève, Tel. +41 22 717 9111',
      ),
    ).toEqual([{ name: 'Jean de La Fontaine', office: 'OIM Genève', phone: '+41 22 717 9111' }])
  })

  test('an office without a person', () => {
    expect(
      parsePressContacts(
        'Pour plus d’informations, veuillez contacter le Bureau de presse de l’OIM, email : media@iom.int',
      ),
    ).toEqual([{ office: 'le Bureau de presse de l’OIM', email: 'media@iom.int' }])
  })

  test.each([
    'Lors de la session d’ouverture, le Conseil a également accepté la demande d’adhésion du Liban.',
    'Pour plus de sécurité, les migrants doivent être informés.',
    'Leonard Doyle, Tel. +41 79 285 7123, email : ldoyle@iom.int',
    '',
  ])('%p is not a contact paragraph', (paragraph) => {
    expect(parsePressContacts(paragraph)).toBeNull()
  })
})

describe('SeedParseError', () => {
  const navigation = readSeedPage('000').split('\n').slice(0, 29).join('\n')

  function parseError(text: string): SeedParseError {
    try {
      parseSeedPage(text)
    } catch (error) {
      if (error instanceof SeedParseError) return error
      throw error
    }
    throw new Error('expected parseSeedPage to throw a SeedParseError')
  }

  test('the navigation fixture is exactly the block', () => {
    expect(navigation.startsWith('-\n')).toBe(true)
    expect(navigation.endsWith('- 2030 AGENDA')).toBe(true)
  })

  test.each<[string, string, SeedParseErrorCode, RegExp]>([
    ['empty input', '', 'empty', /empty.*expected the navigation block/i],
    ['whitespace only', ' \n\r\n\t \n', 'empty', /empty/i],
    [
      'navigation block without an article',
      `${navigation}\n\n`,
      'no-article',
      /no article after it; expected a title line/i,
    ],
    [
      'navigation block that is not terminated',
      '-\nQui sommes nous\nQui sommes nous\n- Structure organisationnelle\nUn paragraphe.',
      'unterminated-navigation',
      /"- 2030 AGENDA".*not found/,
    ],
    [
      'press release with title and dateline but no body',
      `${navigation}\nL’OIM ouvre la session\nGenève -\nPour plus d’informations, veuillez contacter ldoyle@iom.int`,
      'no-body',
      /Press release "L’OIM ouvre la session" has a title and a dateline \(Genève\) but no body paragraphs; expected/,
    ],
    [
      'article that is only a contact paragraph',
      `${navigation}\nPour plus d’informations, veuillez contacter ldoyle@iom.int`,
      'no-body',
      /only a press-contact paragraph; expected/,
    ],
    [
      'binary data',
      `\u0000\u0001PK\u0003\u0004\u0014\u0000binary\u0000`,
      'binary',
      /binary.*expected UTF-8 plain text/i,
    ],
    [
      'HTML',
      '<!DOCTYPE html><html><body><p>Genève - Texte</p></body></html>',
      'html',
      /HTML.*expected the plain-text export/,
    ],
    ['an HTML fragment', 'Titre\n<p>Genève - Texte</p>', 'html', /HTML/],
    ['JSON', '{"title": "L’OIM", "body": ["Genève - Texte"]}', 'json', /JSON; expected plain text/],
  ])('%s', (_case, text, code, message) => {
    const error = parseError(text)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('SeedParseError')
    expect(error.code).toBe(code)
    expect(error.message).toMatch(message)
    expect(error.message).toMatch(/expected/i)
  })

  test('a non-string input is rejected', () => {
    expect(() => parseSeedPage(undefined as unknown as string)).toThrow(SeedParseError)
  })
})

describe('classification', () => {
  test('a title followed by a dateline paragraph is a press release; the dateline may be the whole line', () => {
    const page = parseSeedPage('Titre du communiqué\nGenève -\nPremier paragraphe.\nDeuxième paragraphe.')
    expect(page).toMatchObject({
      kind: 'press-release',
      title: 'Titre du communiqué',
      dateline: { city: 'Genève' },
      paragraphs: ['Premier paragraphe.', 'Deuxième paragraphe.'],
    })
  })

  test('paragraphs without a dateline on the second line make a text page, with no title', () => {
    const page = parseSeedPage(
      'Premier paragraphe du programme.\nIl a dit - et je cite - que tout va bien.\nTroisième.',
    )
    expect(page.kind).toBe('text')
    expect(page.title).toBeUndefined()
    expect(page.dateline).toBeUndefined()
    expect(page.paragraphs).toHaveLength(3)
  })

  test('a text page may end with a contact paragraph', () => {
    const page = parseSeedPage('Un paragraphe.\nPour plus d’informations, veuillez contacter health@iom.int')
    expect(page).toEqual({
      kind: 'text',
      paragraphs: ['Un paragraphe.'],
      contacts: [{ email: 'health@iom.int' }],
      navigation: { sections: [] },
    })
  })
})
