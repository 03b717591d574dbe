// What waits for the signed-in user, by role: the sections of their dashboard inbox and of the editors' review
// queue, which both render this, so "what waits for whom" has one home. Every read is made as the user, so a
// marketer's inbox holds only their own clinics' posts and alerts.
import type { PayloadRequest, Where } from 'payload'

import type { Post } from '@/payload-types'

import { isEditorOrAdmin, isMarketer, isMedicalEditor } from '@/access/roles'
import { idOf } from '@/utilities/idOf'
import { blockersAgainst } from '@/workflow/blockersAgainst'
import { namesById } from '@/workflow/namesById'
import { publishBlockersFor } from '@/workflow/publishGate'

export type InboxItem = {
  /** What else stands in the way of a sign-off (an unvetted reference, an unapproved claim, …), for posts. */
  blockers?: number
  clinic?: string
  /** Flagged sentences still without support, for posts. */
  flags?: number
  href: string
  note?: null | string
  /** Since when it has waited: the last submission for posts in review, the last change otherwise. */
  since: string
  submitter?: string
  title: string
}

export type InboxSection = {
  empty: string
  id: string
  items: InboxItem[]
  /** The admin list with everything in the section, when it holds more than is shown. */
  listHref: string
  title: string
  total: number
}

const shown = 10

const postList = (where: string) => `/admin/collections/posts?${where}`

type PostSectionSpec = {
  empty: string
  id: string
  /** Keep only posts something still blocks (drafts with blockers); they are read in full to be judged. */
  onlyBlocked?: boolean
  title: string
  where: Where
  whereQuery: string
}

const postSection = async (req: PayloadRequest, spec: PostSectionSpec): Promise<InboxSection> => {
  const found = await req.payload.find({
    collection: 'posts',
    depth: 0,
    draft: true,
    limit: spec.onlyBlocked ? 25 : shown,
    overrideAccess: false,
    req,
    sort: '-updatedAt',
    user: req.user,
    where: spec.where,
  })
  const judged = await Promise.all(
    found.docs.map(async (post) => {
      // What stands in the way of a sign-off: a draft is not blocked merely for not being signed off yet.
      const blockers = blockersAgainst({ action: 'sign-off', blockers: await publishBlockersFor({ post, req }) })
      const flags = blockers.filter((blocker) => blocker.code === 'unresolved-flag').length
      return { blockers: blockers.length - flags, flags, post }
    }),
  )
  const kept = spec.onlyBlocked ? judged.filter(({ blockers, flags }) => blockers + flags > 0) : judged
  const posts = kept.slice(0, shown)
  const [clinics, submissions] = await Promise.all([
    clinicNames(
      req,
      posts.map(({ post }) => post),
    ),
    lastSubmissions(
      req,
      posts.map(({ post }) => post),
    ),
  ])
  return {
    empty: spec.empty,
    id: spec.id,
    items: posts.map(({ blockers, flags, post }) => {
      const submission = submissions.get(String(post.id))
      return {
        blockers,
        clinic: post.clinic ? clinics.get(idOf(post.clinic)) : undefined,
        flags,
        href: `/admin/collections/posts/${post.id}`,
        note: post.importSource?.file ? `imported from ${post.importSource.file}: check every flagged sentence` : null,
        since: (post.workflowState === 'in_review' && submission?.at) || post.updatedAt,
        submitter: submission?.by,
        title: post.title || 'Untitled post',
      }
    }),
    listHref: postList(spec.whereQuery),
    title: spec.title,
    total: spec.onlyBlocked ? kept.length : found.totalDocs,
  }
}

const clinicNames = (req: PayloadRequest, posts: Post[]) =>
  namesById({ collection: 'clinics', ids: posts.flatMap((post) => (post.clinic ? [idOf(post.clinic)] : [])), req })

/** Who last submitted each post for review, and when, from its review history. */
const lastSubmissions = async (req: PayloadRequest, posts: Post[]) => {
  const submissions = new Map<string, { at: string; by?: string }>()
  if (!posts.length) return submissions
  const events = await req.payload.find({
    collection: 'review-events',
    depth: 1,
    overrideAccess: false,
    pagination: false,
    populate: { users: { name: true } },
    req,
    sort: '-createdAt',
    user: req.user,
    where: {
      and: [
        { action: { equals: 'submit' } },
        { documentCollection: { equals: 'posts' } },
        { documentId: { in: posts.map((post) => String(post.id)) } },
      ],
    },
  })
  for (const event of events.docs) {
    if (submissions.has(event.documentId)) continue
    submissions.set(event.documentId, {
      at: event.createdAt,
      by: event.actor && typeof event.actor === 'object' ? event.actor.name : undefined,
    })
  }
  return submissions
}

const librarySections = async (req: PayloadRequest): Promise<InboxSection[]> => {
  const as = { depth: 0, limit: shown, overrideAccess: false, req, user: req.user } as const
  const [claims, references] = await Promise.all([
    req.payload.find({
      ...as,
      collection: 'claims',
      sort: 'createdAt',
      where: { status: { in: ['pending', 'needs_rereview'] } },
    }),
    req.payload.find({
      ...as,
      collection: 'references',
      sort: 'createdAt',
      where: { vettingStatus: { equals: 'unvetted' } },
    }),
  ])
  return [
    {
      empty: 'No claim waits for review.',
      id: 'claims',
      items: claims.docs.map((claim) => ({
        href: `/admin/collections/claims/${claim.id}`,
        note: claim.status === 'needs_rereview' ? 'needs re-review' : 'pending',
        since: claim.updatedAt,
        title: claim.statement,
      })),
      listHref: '/admin/collections/claims?where[status][in][0]=pending&where[status][in][1]=needs_rereview',
      title: 'Claims to review',
      total: claims.totalDocs,
    },
    {
      empty: 'Every reference is vetted.',
      id: 'references',
      items: references.docs.map((reference) => ({
        href: `/admin/collections/references/${reference.id}`,
        note: reference.vettingNote,
        since: reference.updatedAt,
        title: reference.title,
      })),
      listHref: '/admin/collections/references?where[vettingStatus][equals]=unvetted',
      title: 'References to vet',
      total: references.totalDocs,
    },
  ]
}

const alertSection = async (req: PayloadRequest, title: string): Promise<InboxSection> => {
  const alerts = await req.payload.find({
    collection: 'review-alerts',
    depth: 0,
    limit: shown,
    overrideAccess: false,
    req,
    sort: '-createdAt',
    user: req.user,
    where: { resolvedAt: { exists: false } },
  })
  return {
    empty: 'No post needs attention.',
    id: 'alerts',
    items: alerts.docs.map((alert) => ({
      href: `/admin/collections/review-alerts/${alert.id}`,
      since: alert.createdAt,
      title: alert.reason,
    })),
    listHref: '/admin/collections/review-alerts?where[resolvedAt][exists]=false',
    title,
    total: alerts.totalDocs,
  }
}

const inState = (state: NonNullable<Post['workflowState']>) => ({
  where: { workflowState: { equals: state } },
  whereQuery: `where[workflowState][equals]=${state}`,
})

export type Inbox = {
  /** When it was read, for how long each item has waited. */
  readAt: number
  sections: InboxSection[]
}

/** The inbox of the signed-in user: an editor's (admins see the editors'), a marketer's, or nothing. */
export const loadInbox = async (req: PayloadRequest): Promise<Inbox> => ({
  readAt: Date.now(),
  sections: await sectionsFor(req),
})

const sectionsFor = async (req: PayloadRequest): Promise<InboxSection[]> => {
  if (isEditorOrAdmin(req.user)) {
    const inReview = inState('in_review')
    // A medical editor's own first, then the pool; what a colleague took is theirs. Admins, who are not
    // assigned, see every post in review.
    const posts = isMedicalEditor(req.user)
      ? [
          postSection(req, {
            empty: 'No post is assigned to you.',
            id: 'assigned',
            title: 'Assigned to you',
            where: { and: [inReview.where, { assignedEditor: { equals: req.user?.id } }] },
            whereQuery: `${inReview.whereQuery}&where[assignedEditor][equals]=${req.user?.id}`,
          }),
          postSection(req, {
            empty: 'No post waits for an editor.',
            id: 'in-review',
            title: 'In review, not assigned',
            where: { and: [inReview.where, { assignedEditor: { exists: false } }] },
            whereQuery: `${inReview.whereQuery}&where[assignedEditor][exists]=false`,
          }),
        ]
      : [
          postSection(req, {
            empty: 'No post waits for review.',
            id: 'in-review',
            title: 'Posts in review',
            ...inReview,
          }),
        ]
    const [alerts, library, ...postSections] = await Promise.all([
      alertSection(req, 'Posts that need attention'),
      librarySections(req),
      ...posts,
    ])
    return [...postSections, alerts, ...library]
  }
  if (!isMarketer(req.user)) return []
  return Promise.all([
    postSection(req, {
      empty: 'No editor is waiting on you.',
      id: 'changes-requested',
      title: 'Changes requested',
      ...inState('changes_requested'),
    }),
    postSection(req, {
      empty: 'Nothing signed off is waiting to go out.',
      id: 'ready',
      title: 'Signed off, ready to publish',
      ...inState('approved'),
    }),
    postSection(req, {
      empty: 'No draft has anything in its way.',
      id: 'blocked-drafts',
      onlyBlocked: true,
      title: 'Drafts with something to fix',
      ...inState('draft'),
    }),
    alertSection(req, 'Your posts that need attention'),
  ])
}
