import type { Migration } from 'payload'

// Filled by `payload migrate:create`.
export const migrations: Migration[] = []
