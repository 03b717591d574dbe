// Vetted's Payload config: the collections, the plugins (src/plugins) and the database adapter, composed.
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { adminOnly } from '@/access/adminOnly'
import { withInternalCollectionAccess } from '@/access/internalCollections'
import { nobody } from '@/access/nobody'
import { isAdmin } from '@/access/roles'
import { checkPayloadVersions } from '@/checkPayloadVersions'
import { databaseAdapter } from '@/db/adapter'
import { emailAdapter } from '@/email/emailAdapter'
import { answerUnreadableMultipart } from '@/hooks/answerUnreadableMultipart'
import { corsOriginsOf } from '@/http/corsOrigins'
import { ownOrigins } from '@/http/ownOrigins'
import { publishScheduledPost } from '@/jobs/publishScheduledPost'
import { renderDeliveryRows } from '@/jobs/renderDeliveryRows'
import { reviewClaimFallout } from '@/jobs/reviewClaimFallout'
import { sendEmail } from '@/jobs/sendEmail'
import { sendInvitation } from '@/jobs/sendInvitation'
import { loggerConfig } from '@/loggerConfig'
import { emailQueue } from '@/notifications/notify'
import { plugins } from '@/plugins'
import { readSecret } from '@/readSecret'
import { deliverWebhook } from '@/webhooks/deliverWebhook'

import { collections } from './collections'
import { slugs } from './collections/slugs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Before lexicalEditor() and getPayload, which each run a check of their own unless it is switched off.
checkPayloadVersions()

export default buildConfig({
  admin: {
    // Initials on a local default picture: a gravatar would send every user's e-mail hash to a third party.
    avatar: 'default',
    components: {
      afterNavLinks: ['/src/components/ReviewQueueLink#ReviewQueueLink'],
      beforeDashboard: ['/src/components/inbox/Inbox#Inbox'],
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
  email: emailAdapter(),
  graphQL: { disablePlaygroundInProduction: true },
  hooks: { afterError: [answerUnreadableMultipart] },
  jobs: {
    access: {
      cancel: ({ req }) => isAdmin(req.user),
      // Only the server queues jobs (a scheduled publish is queued by the workflow's schedule action, which checks
      // who may schedule); Payload's own schedule, which queued for any signed-in user, is off for posts.
      queue: ({ req }) => isAdmin(req.user),
      run: ({ req }) => isAdmin(req.user),
    },
    // Runs only where getPayload starts crons: src/server.ts does so unless RUN_JOBS=false. Every five seconds, so
    // a clinic site's webhook and a scheduled publish go out within seconds of their moment.
    // RUN_JOBS=false is honoured here, where the crons are made: Payload's own request handling starts them too
    // (getPayload with cron: true on a REST or admin request), so a delivery-only instance that answered one ran the
    // queues and their schedules anyway, and on a shared SQLite file locked the database for seconds at a time.
    autoRun: () =>
      process.env.RUN_JOBS === 'false'
        ? []
        : [
            { cron: '*/5 * * * * *', limit: 20, queue: 'default' },
            // E-mail on a queue of its own (src/notifications/notify), so a slow mail server never delays a publish.
            { cron: '*/5 * * * * *', limit: 20, queue: emailQueue },
          ],
    // The delivery re-render task runs one at a time (its `concurrency`).
    enableConcurrencyControl: true,
    // The jobs collection's one home: admins read the queue; only Payload's own job runner writes it.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      access: { create: nobody, delete: nobody, read: adminOnly, update: nobody },
      admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !isAdmin(user) },
    }),
    tasks: [deliverWebhook, reviewClaimFallout, renderDeliveryRows, publishScheduledPost, sendEmail, sendInvitation],
  },
  logger: loggerConfig(),
  plugins,
  secret: readSecret(),
  serverURL: process.env.SERVER_URL || '',
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  upload: { limits: { fileSize: 15 * 1024 * 1024 } },
}).then(withInternalCollectionAccess)
