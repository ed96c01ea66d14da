/**
 * `npm run import` on pages nobody here wrote, as a person runs it on a seeded database: a French
 * programme page naming the Cairo regional office (in the database) and the Bangkok one (not), first
 * as a dry run (a report, nothing written), then for real with --create-offices; a press release
 * with a "Minsk, Bélarus -" dateline; the command line's refusals.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import type { Payload } from 'payload'

import type { ImportReport } from '../../seed/importPage'
import { seedAll } from '../../seed/seedAll'
import { startPayload, stopPayload } from './payloadHarness'

// Each test runs the command line (a Payload start, 10 to 40 s on a loaded two-core machine) up to four times.
jest.setTimeout(180_000)

const FIXTURES = path.resolve('tests/fixtures/import')
const programmePage = path.join(FIXTURES, 'programme-tuberculose.txt')
const minskRelease = path.join(FIXTURES, 'communique-minsk.txt')
const PROGRAMME_TITLE = 'Tuberculose et migration : dépistage et continuité des soins le long des routes migratoires'

let payload: Payload
let dir: string

beforeAll(async () => {
  payload = await startPayload()
  await seedAll(payload, { withDemoUsers: false, withIllustrations: false })
  dir = await mkdtemp(path.join(tmpdir(), 'passerelle-import-pages-'))
})
afterAll(async () => {
  await stopPayload(payload)
  await rm(dir, { recursive: true, force: true })
})

function runImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/run.mjs', 'scripts/import.ts', ...args],
      // Nothing listens there: the import says so and goes on.
      { env: { ...process.env, NODE_OPTIONS: '', SITE_CACHE_ORIGIN: 'http://127.0.0.1:9' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

/** Everything an import could write: documents of every collection (drafts included) and their versions. */
async function snapshot() {
  const collections = ['press-releases', 'events', 'health-programmes', 'offices'] as const
  const counts: Record<string, number> = {}
  for (const collection of collections) {
    counts[collection] = (await payload.count({ collection })).totalDocs
    counts[`${collection} versions`] = (await payload.countVersions({ collection })).totalDocs
  }
  const offices = await payload.find({ collection: 'offices', locale: 'all', depth: 0, pagination: false })
  const programmes = await payload.find({ collection: 'health-programmes', locale: 'all', depth: 0, pagination: false })
  return { counts, offices: offices.docs, programmes: programmes.docs }
}

const officeNamed = async (name: string) =>
  (
    await payload.find({
      collection: 'offices',
      locale: 'fr',
      where: { name: { equals: name } },
      depth: 0,
      draft: true,
    })
  ).docs[0]

test('a dry run reports what it would create and link, Bangkok unresolved, and writes nothing', async () => {
  const before = await snapshot()
  const report = path.join(dir, 'dry-run.json')
  const { code, stdout } = await runImport(['--dry-run', '--report', report, programmePage])
  expect(stdout).toContain(`[1/1] + programme-tuberculose.txt: would be created programme “${PROGRAMME_TITLE}”`)
  expect(stdout).toMatch(/would link: offices → “Bureau régional de l’OIM au Caire”/)
  expect(stdout).toMatch(/unresolved: “bureau régional de Bangkok” \(regional office, Bangkok, TH\)/)
  expect(stdout).toMatch(/Dry run, nothing written\. If imported, 1 file\(s\): 1 created/)
  expect(stdout).not.toMatch(/Site cache/)
  expect(code).toBe(0)

  const written = JSON.parse(await readFile(report, 'utf8')) as { dryRun: boolean; files: ImportReport[] }
  expect(written.dryRun).toBe(true)
  expect(written.files).toEqual([
    expect.objectContaining({
      file: 'programme-tuberculose.txt',
      outcome: 'created',
      kind: 'programme',
      title: PROGRAMME_TITLE,
      dryRun: true,
      related: [],
      unresolved: [{ text: 'bureau régional de Bangkok', kind: 'regional-office', city: 'Bangkok', country: 'TH' }],
    }),
  ])
  expect(written.files[0].links).toContainEqual({
    field: 'offices',
    collection: 'offices',
    title: 'Bureau régional de l’OIM au Caire',
  })

  expect(await snapshot()).toEqual(before)
})

test('for real with --create-offices: the programme, linked to Cairo and to Bangkok created as a draft', async () => {
  const { code, stdout } = await runImport(['--create-offices', programmePage])
  expect(stdout).toContain(`[1/1] + programme-tuberculose.txt: created programme “${PROGRAMME_TITLE}”`)
  expect(stdout).toMatch(/also created offices “Bureau régional de Bangkok” \(draft\)/)
  expect(code).toBe(0)

  const cairo = await officeNamed('Bureau régional de l’OIM au Caire')
  const bangkok = await officeNamed('Bureau régional de Bangkok')
  expect(bangkok).toMatchObject({
    _status: 'draft',
    kind: 'regional-office',
    city: 'Bangkok',
    country: 'TH',
    sourceLocale: 'fr',
    // For the editor to set: a draft does not guess them.
    region: null,
    timeZone: null,
  })
  const [programme] = (
    await payload.find({
      collection: 'health-programmes',
      locale: 'fr',
      where: { title: { equals: PROGRAMME_TITLE } },
      depth: 0,
    })
  ).docs
  expect(programme).toMatchObject({ _status: 'published', status: 'active', aliases: ['Tuberculose et migration'] })
  expect(programme.offices).toEqual(expect.arrayContaining([cairo.id, bangkok.id]))

  // Visitors (no user, access applied) read the programme but not the draft office.
  const asVisitor = { overrideAccess: false, depth: 0 } as const
  expect((await payload.findByID({ collection: 'health-programmes', id: programme.id, ...asVisitor })).id).toBe(
    programme.id,
  )
  const visibleOffices = await payload.find({
    collection: 'offices',
    where: { id: { in: [cairo.id, bangkok.id] } },
    ...asVisitor,
  })
  expect(visibleOffices.docs.map((o) => o.id)).toEqual([cairo.id])
})

test('a press release dated "Minsk, Bélarus -" keeps the dateline as written and names the new programme by its alias', async () => {
  const { code, stdout } = await runImport(['--date', '2019-03-24', minskRelease])
  expect(stdout).toMatch(/\[1\/1\] \+ communique-minsk\.txt: created press release/)
  // The release names "le programme Tuberculose et migration": the alias the programme got from its title.
  expect(stdout).toContain(`programmes → “${PROGRAMME_TITLE}”`)
  expect(stdout).toMatch(/unresolved: “mission de l’OIM au Bélarus” \(country office, BY\)/)
  expect(code).toBe(0)
  const [release] = (
    await payload.find({
      collection: 'press-releases',
      locale: 'fr',
      where: { slug: { like: 'le-belarus-renforce' } },
      depth: 1,
    })
  ).docs
  expect(release.dateline).toMatchObject({ city: 'Minsk, Bélarus', office: null })
  expect(release.publishedDate?.slice(0, 10)).toBe('2019-03-24')
  expect(release.programmes?.map((p) => (typeof p === 'object' ? p.title : p))).toEqual([PROGRAMME_TITLE])
  // Not created without --create-offices, so not linked.
  expect(await officeNamed('Mission de l’OIM au Bélarus')).toBeUndefined()
})

test('a second run changes nothing: Bangkok is found in the database now', async () => {
  const before = await snapshot()
  const { code, stdout } = await runImport(['--date', '2019-03-24', programmePage, minskRelease])
  expect(stdout).toMatch(/\[1\/2\] = programme-tuberculose\.txt: unchanged programme/)
  expect(stdout).toMatch(/offices → “Bureau régional de Bangkok” \(draft\)/)
  expect(stdout).not.toMatch(/unresolved: “bureau régional de Bangkok”/)
  expect(stdout).toMatch(/\[2\/2\] = communique-minsk\.txt: unchanged press release/)
  expect(stdout).toMatch(/2 file\(s\): 0 created, 0 updated, 2 unchanged, 0 refused/)
  expect(code).toBe(0)
  expect(await snapshot()).toEqual(before)
})

test('a refused page writes nothing, not even the draft offices it named', async () => {
  const page = path.join(dir, 'lima.txt')
  await writeFile(
    page,
    'Santé des migrants dans les Andes\nLe bureau régional de Lima (Pérou) soutient les ministères de la santé de la région.\nUn second paragraphe.\n',
  )
  const before = await snapshot()
  const { code, stdout } = await runImport(['--create-offices', '--title', 'T'.repeat(300), page])
  expect(stdout).toMatch(/\[1\/1\] ✗ lima\.txt: refused programme/)
  expect(stdout).toMatch(/reason: .*[Tt]itle/)
  expect(code).toBe(1)
  expect(await snapshot()).toEqual(before)
  expect(await officeNamed('Bureau régional de Lima')).toBeUndefined()
})

test('a wrong command line prints one line and the usage, exit 2, no stack trace; --help prints the usage', async () => {
  for (const args of [['--frobnicate', programmePage], ['--date', '2019-13-45', programmePage], ['--report']]) {
    const { code, stdout, stderr } = await runImport(args)
    expect(code).toBe(2)
    // One line saying what is wrong, then the usage (scripts/lib/parseJobArgs.ts, as for every job).
    const [first, usage] = stderr.split('\n')
    expect(first).toMatch(/frobnicate|--date "2019-13-45" is not a date|--report/)
    expect(usage.slice(0, 26)).toBe('Usage: npm run import -- [')
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(stdout).toBe('')
  }
  const help = await runImport(['--help'])
  expect(help.code).toBe(0)
  expect(help.stdout).toMatch(/^Usage: npm run import -- .*--dry-run.*FILE…/)
  expect(help.stdout).toContain('--create-offices')
})
