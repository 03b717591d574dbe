// Vetted's Payload config: the collections, the plugins (src/plugins) and the database adapter, composed.
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { slugs } from './collections/slugs'
import { withInternalCollectionAccess } from './src/access/internalCollections'
import { hasAnyRole, isAdmin } from './src/access/roles'
import { checkPayloadVersions } from './src/checkPayloadVersions'
import { databaseAdapter } from './src/db/adapter'
import { answerUnreadableMultipart } from './src/hooks/answerUnreadableMultipart'
import { corsOriginsOf } from './src/http/corsOrigins'
import { ownOrigins } from './src/http/ownOrigins'
import { renderDeliveryRows } from './src/jobs/renderDeliveryRows'
import { reviewClaimFallout } from './src/jobs/reviewClaimFallout'
import { loggerConfig } from './src/loggerConfig'
import { plugins } from './src/plugins'
import { readSecret } from './src/readSecret'
import { deliverWebhook } from './src/webhooks/deliverWebhook'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Before lexicalEditor() and getPayload, which each run a check of their own unless it is switched off.
checkPayloadVersions()

export default buildConfig({
  admin: {
    // Initials on a local default picture: a gravatar would send every user's e-mail hash to a third party.
    avatar: 'default',
    components: {
      afterNavLinks: ['/src/components/ReviewQueueLink#ReviewQueueLink'],
      graphics: { Icon: '/src/components/graphics/Icon#Icon', Logo: '/src/components/graphics/Logo#Logo' },
      views: { reviewQueue: { Component: '/src/components/ReviewQueue#ReviewQueue', path: '/review-queue' } },
    },
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' — Vetted' },
    user: slugs.users,
  },
  collections,
  cors: corsOriginsOf(),
  csrf: ownOrigins(),
  db: databaseAdapter({ migrationRoot: path.resolve(dirname, 'src/migrations'), uri: process.env.DATABASE_URI }),
  editor: lexicalEditor(),
  graphQL: { disablePlaygroundInProduction: true },
  hooks: { afterError: [answerUnreadableMultipart] },
  jobs: {
    access: {
      cancel: ({ req }) => isAdmin(req.user),
      // Scheduling a publish queues a job; the publish itself still passes the review gate when it runs.
      queue: ({ req }) => hasAnyRole(req.user),
      run: ({ req }) => isAdmin(req.user),
    },
    // Runs only where getPayload starts crons: src/server.ts does so unless RUN_JOBS=false. Every five seconds, so
    // a clinic site's webhook and a scheduled publish go out within seconds of their moment.
    autoRun: [{ cron: '*/5 * * * * *', limit: 20, queue: 'default' }],
    // The delivery re-render task runs one at a time (its `concurrency`).
    enableConcurrencyControl: true,
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !isAdmin(user) },
    }),
    tasks: [deliverWebhook, reviewClaimFallout, renderDeliveryRows],
  },
  logger: loggerConfig(),
  plugins,
  secret: readSecret(),
  serverURL: process.env.SERVER_URL || '',
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  upload: { limits: { fileSize: 15 * 1024 * 1024 } },
}).then(withInternalCollectionAccess)
