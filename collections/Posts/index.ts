import type { CollectionConfig } from 'payload'

import { marketersAndAdmins } from '@/access/marketersAndAdmins'
import { signedIn } from '@/access/signedIn'
import { trashOnlyUnlessAdmin } from '@/access/trashOnlyUnlessAdmin'
import { importSource } from '@/fields/importSource'
import { postEditor } from '@/fields/postEditor'
import { requiredState } from '@/fields/requiredState'
import { seo } from '@/fields/seo'
import { slug } from '@/fields/slug'
import { ensureUniqueSlugPerClinic } from '@/hooks/ensureUniqueSlugPerClinic'
import { previewPathOf } from '@/preview/previewPathOf'

import { slugs } from '../slugs'
import { flagsEndpoint } from './endpoints/flags'
import { workflowEndpoint } from './endpoints/workflow'
import { assignedEditor } from './fields/assignedEditor'
import { enforcePublishGate } from './hooks/enforcePublishGate'
import { guardReviewFields } from './hooks/guardReviewFields'
import { noteLiveVersion } from './hooks/noteLiveVersion'
import { queuePostWebhooks } from './hooks/queuePostWebhooks'
import { queueReviewEmails } from './hooks/queueReviewEmails'
import { recordContributor } from './hooks/recordContributor'
import { recordReviewEvents } from './hooks/recordReviewEvents'
import { resumeLiveSignOff } from './hooks/resumeLiveSignOff'
import { trackLibraryUse } from './hooks/trackLibraryUse'
import { voidStaleSignOff } from './hooks/voidStaleSignOff'
import { workflowStates } from './options'

/**
 * A clinic's blog articles. Clinic scoping (the `clinic` field and the access narrowing) comes from the
 * multi-tenant plugin. Every version is kept: an approval must always be able to point at what it approved.
 */
export const Posts: CollectionConfig = {
  slug: slugs.posts,
  labels: { plural: 'Posts', singular: 'Post' },
  graphQL: { pluralName: 'Posts', singularName: 'Post' },
  access: {
    create: marketersAndAdmins,
    delete: trashOnlyUnlessAdmin(marketersAndAdmins),
    read: signedIn,
    readVersions: signedIn,
    unlock: marketersAndAdmins,
    // Marketers write, editors review and sign off, admins fix; the plugin keeps marketers to their clinics.
    update: signedIn,
  },
  admin: {
    // The clinic too: editors and admins see every clinic's posts in one list.
    defaultColumns: ['title', 'clinic', 'workflowState', 'assignedEditor', 'author', 'publishedAt', 'updatedAt'],
    group: 'Content',
    listSearchableFields: ['title', 'slug', 'excerpt'],
    // The Live Preview tab frames the preview page, which renders the saved version as a clinic site would and
    // re-renders on every save and autosave. A post not saved yet has nothing to render.
    livePreview: {
      breakpoints: [
        { name: 'mobile', height: 812, label: 'Mobile', width: 375 },
        { name: 'desktop', height: 900, label: 'Desktop', width: 1440 },
      ],
      url: ({ data }) => (data?.id ? previewPathOf(data.id as string) : null),
    },
    useAsTitle: 'title',
    // One publishing path: Payload's Publish and Unpublish give way to the review panel's actions.
    components: {
      edit: {
        PublishButton: '/src/components/PublishInReviewPanel#PublishInReviewPanel',
        UnpublishButton: '/src/components/NoUnpublishButton#NoUnpublishButton',
      },
    },
  },
  endpoints: [flagsEndpoint, workflowEndpoint],
  hooks: {
    // Order matters: review fields are guarded first, then contributors and sign-off follow the body, and the
    // publish gate judges the result; what was live is noted last, once the gate has let the write through.
    afterChange: [recordReviewEvents, queuePostWebhooks, queueReviewEmails],
    beforeChange: [
      ensureUniqueSlugPerClinic,
      trackLibraryUse,
      guardReviewFields,
      recordContributor,
      resumeLiveSignOff,
      voidStaleSignOff,
      enforcePublishGate,
      noteLiveVersion,
    ],
  },
  // Slugs are unique per clinic; delivery lists a clinic's posts newest first.
  indexes: [{ fields: ['clinic', 'slug'], unique: true }, { fields: ['clinic', 'publishedAt'] }],
  trash: true,
  versions: {
    // Payload's own scheduling is off: a post is scheduled through the review workflow (the schedule action), whose
    // job publishes through the same action as a click on Publish.
    drafts: { autosave: { interval: 2000 }, schedulePublish: false },
    maxPerDoc: 0,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slug({ isUniquePerClinic: true }),
    {
      name: 'excerpt',
      type: 'textarea',
      maxLength: 320,
      admin: { description: 'One or two sentences shown in lists and feeds.' },
    },
    { name: 'heroImage', type: 'upload', relationTo: slugs.media },
    {
      name: 'body',
      type: 'richText',
      editor: postEditor,
      admin: {
        description:
          'Cite a reference or quote a library claim: type / or use the toolbar’s inline-block menu, or propose a new one from its drawer.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'author', type: 'relationship', relationTo: slugs.authors },
        { name: 'topics', type: 'relationship', relationTo: slugs.topics, hasMany: true },
      ],
    },
    {
      type: 'collapsible',
      label: 'Medical review',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'reviewPanel',
          type: 'ui',
          admin: { components: { Field: '/src/components/PublishBlockers#PublishBlockers' } },
        },
        {
          name: 'signedOffChanges',
          type: 'ui',
          admin: { components: { Field: '/src/components/reviewPanel/SignedOffChanges#SignedOffChanges' } },
        },
        {
          name: 'reviewThread',
          type: 'ui',
          admin: { components: { Field: '/src/components/reviewPanel/ReviewThread#ReviewThread' } },
        },
        {
          name: 'signOffCoverage',
          type: 'ui',
          admin: { components: { Field: '/src/components/SignOffCoverage#SignOffCoverage' } },
        },
        requiredState({
          name: 'workflowState',
          admin: { readOnly: true },
          defaultValue: 'draft',
          index: true,
          label: 'Workflow state',
          options: workflowStates,
        }),
        assignedEditor,
        {
          name: 'signOff',
          type: 'group',
          admin: {
            readOnly: true,
            description:
              'Recorded when a medical editor signs the post off; the site names them as its medical reviewer. Any later change to what the post shows voids it.',
          },
          fields: [
            { name: 'signedOffBy', type: 'relationship', relationTo: slugs.users, label: 'Medical reviewer' },
            { name: 'signedOffAt', type: 'date' },
            { name: 'contentHash', type: 'text' },
            {
              name: 'credentials',
              type: 'group',
              label: 'Reviewer credentials when signed',
              admin: { description: 'As an admin had verified them at the time of the sign-off; empty if unverified.' },
              fields: [
                { name: 'degree', type: 'text' },
                { name: 'specialty', type: 'text' },
                { name: 'verifiedAt', type: 'date' },
              ],
            },
            { name: 'note', type: 'textarea' },
          ],
        },
        {
          name: 'scheduledPublishAt',
          type: 'date',
          label: 'Scheduled to publish at',
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            readOnly: true,
            description: 'Set and cancelled from the review panel. The post goes live then if nothing blocks it.',
          },
        },
        {
          name: 'scheduledBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: 'Scheduled by',
          admin: { readOnly: true, description: 'The publish runs as this person, with their rights at that time.' },
        },
        { name: 'publishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'lastReviewedAt', type: 'date', admin: { readOnly: true } },
        {
          name: 'nextReviewDue',
          type: 'date',
          admin: { readOnly: true, description: 'A year after the last sign-off; sites show it beside the reviewer.' },
        },
        {
          name: 'contributors',
          type: 'relationship',
          relationTo: slugs.users,
          hasMany: true,
          admin: { readOnly: true, description: 'Everyone who changed the text. None of them may sign it off.' },
        },
      ],
    },
    {
      name: 'waivers',
      type: 'array',
      labels: { plural: 'Waived flags', singular: 'Waived flag' },
      admin: {
        readOnly: true,
        description: 'Flagged sentences a medical editor accepted without a citation, and why.',
      },
      fields: [
        { name: 'key', type: 'text', required: true, admin: { hidden: true } },
        { name: 'sentence', type: 'textarea' },
        { name: 'note', type: 'textarea', required: true },
        { name: 'waivedBy', type: 'relationship', relationTo: slugs.users },
        { name: 'waivedAt', type: 'date' },
      ],
    },
    {
      name: 'citedReferences',
      type: 'relationship',
      relationTo: slugs.references,
      hasMany: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Kept from the body: every reference cited directly or through a claim.',
      },
    },
    {
      name: 'claimsUsed',
      type: 'relationship',
      relationTo: slugs.claims,
      hasMany: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Kept from the body: every library claim the post quotes.',
      },
    },
    seo(),
    importSource,
  ],
}
