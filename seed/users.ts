import type { Payload } from 'payload'

import type { User } from '../payload-types'

/** Demo accounts for a local site, one per role. Never created in production. */
export const demoAccounts: { name: string; email: string; role: User['role']; languages?: User['languages'] }[] = [
  { name: 'Ada Admin', email: 'admin@passerelle.test', role: 'admin' },
  { name: 'Édith Editor', email: 'editor@passerelle.test', role: 'editor' },
  { name: 'Tariq Translator', email: 'translator@passerelle.test', role: 'translator', languages: ['es', 'ar'] },
]

export const DEMO_PASSWORD = 'passerelle-demo'

export async function seedDemoUsers(payload: Payload): Promise<string[]> {
  const created: string[] = []
  for (const account of demoAccounts) {
    const existing = await payload.count({
      collection: 'users',
      where: { email: { equals: account.email } },
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) continue
    await payload.create({ collection: 'users', overrideAccess: true, data: { ...account, password: DEMO_PASSWORD } })
    created.push(account.email)
  }
  return created
}
