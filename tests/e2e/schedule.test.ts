/**
 * Scheduled publishing in the production server: a draft scheduled from the command line
 * (`npm run schedule`, the job the admin's drawer queues) appears on the cached French news list
 * when the server's job runner publishes it, without anyone opening the admin; then it is
 * unpublished the same way and leaves the list.
 */
import { spawn } from 'node:child_process'

import { expect, test } from '@jest/globals'

import { api, apiLogIn, baseURL } from './browser'

function schedule(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', 'scripts/schedule.ts', ...args], { env: process.env })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`npm run schedule exited with ${code}: ${output}`)),
    )
  })
}

const newsList = async () => (await fetch(`${baseURL()}/fr/news`)).text()

/** Polls the page until `check` holds; the runner checks the queue every few seconds in this suite. */
async function eventually(check: (html: string) => boolean, timeoutMs = 90_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (check(await newsList())) return Date.now() - started
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`/fr/news did not change within ${timeoutMs / 1000} s`)
}

test('a scheduled publish and unpublish reach the cached news list at their time', async () => {
  const token = await apiLogIn('editor@passerelle.test')
  const title = `Communiqué sous embargo ${Date.now()}`
  const { doc } = await api<{ doc: { id: number } }>('press-releases?locale=fr&draft=true', {
    token,
    method: 'POST',
    body: { title, publishedDate: '2030-06-01T08:00:00.000Z', summary: 'Publié à l’heure dite.', _status: 'draft' },
  })
  expect(await newsList()).not.toContain(title) // and the list is now in the page cache

  const inTwoSeconds = () => new Date(Date.now() + 2000).toISOString()
  expect(
    await schedule([
      '--collection',
      'press-releases',
      '--id',
      String(doc.id),
      '--publish',
      '--at',
      inTwoSeconds(),
      '--locale',
      'fr',
    ]),
  ).toMatch(/Scheduled: publish press-releases/)
  const shownAfter = await eventually((html) => html.includes(title))
  console.log(`e2e: scheduled publish visible on /fr/news ${Math.round(shownAfter / 1000)} s after scheduling`)

  await schedule(['--collection', 'press-releases', '--id', String(doc.id), '--unpublish', '--at', inTwoSeconds()])
  await eventually((html) => !html.includes(title))
  const anonymous = await fetch(`${baseURL()}/api/press-releases/${doc.id}?locale=fr`)
  expect(anonymous.status).toBe(404)
})
