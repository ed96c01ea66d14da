/**
 * `npm run seed` — loads the seed pages, the site's frame, the demo content's illustrations and the demo
 * accounts. Idempotent.
 * `--if-empty` seeds only a database without content (what `npm run dev` does on a fresh machine).
 * `--with-demo-users` creates the demo accounts even when NODE_ENV=production (end-to-end tests).
 */
import { formatReportLine, summarise } from '../seed/report'
import { DEMO_PASSWORD, demoAccounts } from '../seed/users'
import { parseJobArgs } from './lib/parseJobArgs'
import { runScript } from './lib/runScript'

const { values } = parseJobArgs(
  { options: { 'if-empty': { type: 'boolean' }, 'with-demo-users': { type: 'boolean' } } },
  `Usage: npm run seed -- [--if-empty] [--with-demo-users]
  Loads the demo content; idempotent. --if-empty: only into a database without content.
  --with-demo-users: the demo accounts even when NODE_ENV=production.`,
)

runScript(async () => {
  const ifEmpty = values['if-empty'] === true
  const production = process.env.NODE_ENV === 'production'
  // Demo accounts have a published password: never in production, unless asked (end-to-end tests).
  const withDemoUsers = !production || values['with-demo-users'] === true

  // Imported here, after runScript has loaded .env (the config reads the environment as it loads)
  // and after the options are read (`--help` answers at once).
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { seedAll } = await import('../seed/seedAll')
  const payload = await getPayload({ config })
  let refused = false
  const { totalDocs } = await payload.count({ collection: 'press-releases', overrideAccess: true })
  if (ifEmpty && totalDocs > 0) {
    console.log(`Database already has content (${totalDocs} press releases): not seeding.`)
  } else {
    const result = await seedAll(payload, {
      withDemoUsers,
      onPage: (report, i, n) => console.log(formatReportLine(report, i, n)),
    })
    console.log(summarise(result.pages))
    if (result.structure.length)
      console.log(
        `Site structure: ${result.structure.length} page(s) written; navigation and organisation settings up to date.`,
      )
    if (result.illustrations.length)
      console.log(`Illustrations uploaded and set as main images: ${result.illustrations.join(', ')}`)
    if (result.users.length) console.log(`Demo accounts created: ${result.users.join(', ')}`)
    refused = result.pages.some((r) => r.outcome === 'refused')
  }
  if (withDemoUsers) {
    const url = process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'
    console.log(
      `\nAdmin: ${url}/admin — log in as ${demoAccounts.map((a) => `${a.email} (${a.role})`).join(', ')}; password "${DEMO_PASSWORD}".`,
    )
  }
  await payload.destroy()
  return refused ? 1 : 0
})
