import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { contentCollectionConfigs, Users } from './collections'
import { Redirects } from './collections/Redirects'
import { recordsWhoSaved } from './fields/updatedBy'
import { translatable, translationAdmin, translationEndpoints } from './translation'
import { Navigation } from './globals/Navigation'
import { Site } from './globals/Site'
import { withPublishedStatusKept } from './lib/editorial/keepPublishedStatus'
import { refreshesSite } from './lib/content/revalidate'
import { keepsSearchIndex, prepareSearchIndex } from './lib/search/indexing'
import { keepsReleaseKeys, prepareReleaseKeys } from './lib/content/releaseKeysOnSqlite'
import { databaseAdapter, DEFAULT_SQLITE_URI } from './lib/database'
import { defaultLocale, locales } from './lib/i18n/locales'
import { emailAdapter } from './lib/auth/email'
import { csrfOrigins } from './lib/auth/publicAddress'
import { payloadSecret } from './lib/auth/secret'
import { keepsOldAddresses } from './lib/redirects/keepOldAddresses'
import { uploadStorage } from './lib/storage/uploads'
import { GRAPHQL_LIMITS, graphqlCostRule } from './lib/api/graphqlCost'
import { withInputShapeCheck } from './lib/validation/refuseMalformedInput'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  // Origins whose requests may carry the login cookie: never empty (lib/auth/publicAddress.ts).
  csrf: csrfOrigins(),
  email: emailAdapter(),
  db: databaseAdapter(process.env.DATABASE_URI || DEFAULT_SQLITE_URI, migrations),
  editor: lexicalEditor(),
  sharp,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // The organisation's icons (app/icon.svg …) instead of Payload's; no generated sharing image with Payload's mark.
    meta: {
      titleSuffix: ' · Passerelle',
      icons: [
        { rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' },
        { rel: 'apple-touch-icon', url: '/apple-icon.png' },
      ],
      defaultOGImageType: 'off',
    },
    components: {
      graphics: { Logo: '/components/admin/BrandLogo#BrandLogo', Icon: '/components/admin/BrandIcon#BrandIcon' },
      // The work screens first in the navigation, above the collection groups, in the header of every
      // screen (the navigation is a closed drawer below 1440 px) and on the dashboard.
      beforeNavLinks: ['/components/admin/NavLinks#NavLinks'],
      actions: ['/components/admin/NavLinks#HeaderLinks'],
      beforeDashboard: ['/components/admin/dashboard/EditorDashboard#EditorDashboard'],
      views: {
        ...translationAdmin.views,
        scheduled: { Component: '/components/admin/ScheduledView#ScheduledView', path: '/scheduled' },
      },
    },
    // No Gravatar: the admin must not call third-party hosts.
    avatar: 'default',
  },
  collections: [
    // The search index is written before the site's cache is expired, in the same transaction.
    ...contentCollectionConfigs.map((collection) =>
      withPublishedStatusKept(
        refreshesSite(keepsReleaseKeys(keepsSearchIndex(keepsOldAddresses(recordsWhoSaved(translatable(collection)))))),
      ),
    ),
    Redirects,
    Users,
  ].map(withInputShapeCheck),
  // The search index's tables (SQLite) or text index (MongoDB), and the news list's filter keys
  // (SQLite), made and filled when missing.
  onInit: async (payload) => {
    await prepareSearchIndex(payload)
    await prepareReleaseKeys(payload)
  },
  globals: [Site, Navigation],
  endpoints: translationEndpoints,
  jobs: {
    // Scheduled publish and unpublish are jobs in the default queue with a `waitUntil` date: the app
    // (every request handler starts Payload with `cron: true`) runs the queue each minute.
    // PAYLOAD_JOBS_CRON (croner syntax, seconds allowed) shortens the wait in the browser tests.
    autoRun: [{ cron: process.env.PAYLOAD_JOBS_CRON || '* * * * *', queue: 'default', limit: 100 }],
    // A second process (a worker, a script) may run the queue instead: PAYLOAD_JOBS_AUTORUN=false here.
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false',
  },
  localization: {
    locales: locales.map((l) => ({ code: l.code, label: l.label, rtl: l.dir === 'rtl' })),
    defaultLocale,
    // The site falls back to each document's own source locale (lib/content); Payload's fallback to
    // the default locale would show English-or-nothing and mix languages silently.
    fallback: false,
    // Per-locale publishing (fields/editorial.ts): the admin's "Publish changes" publishes every
    // language and the shared fields; "Publish in …" in its menu publishes one language's text only.
    defaultLocalePublishOption: 'all',
  },
  i18n: {
    supportedLanguages: { en, fr, es, ar },
    fallbackLanguage: 'en',
  },
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  graphQL: {
    disablePlaygroundInProduction: true,
    // Payload's point per field, with our rule weighing each root field as the documents it reads.
    maxComplexity: GRAPHQL_LIMITS.fields,
    validationRules: (args) => [graphqlCostRule(args.variableValues)],
  },
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL || 'info' } },
  // A wrong password is an everyday event, not a server error.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'warn' },
  plugins: [
    nestedDocsPlugin({
      collections: ['pages'],
      generateLabel: (_, doc) => String(doc.title ?? ''),
      generateURL: (docs) => docs.map((doc) => doc.slug).join('/'),
    }),
    // Uploads on S3-compatible storage when S3_BUCKET is set; on the local disk otherwise.
    uploadStorage(),
  ],
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
