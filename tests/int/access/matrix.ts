// Who may do what, collection by collection: the table the access tests check on every transport.
import type { CollectionSlug } from 'payload'

import type { Network } from '../../helpers/network'

import { bodyOf } from '../../helpers/lexicalBodies'

export type Role = 'admin' | 'anonymous' | 'editor' | 'marketerA'
export type Operation = 'create' | 'deleteForever' | 'read' | 'trash' | 'update'

export const roles: Role[] = ['anonymous', 'marketerA', 'editor', 'admin']

let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`

type Row = {
  allowed: Record<Operation, Role[]>
  collection: CollectionSlug
  /** A document of clinic A (or a shared one) that read and update aim at. */
  existing: (network: Network) => string
  /** Valid data for a new document; also used to make fresh targets for trash and delete. */
  newData: (network: Network) => Record<string, unknown>
  /** A harmless change (checked not to have happened after a refusal). */
  change: (network: Network) => Record<string, unknown>
  /** Uploads need a file; Payload's GraphQL API takes none, so their creation is tried on Local API and REST. */
  hasFile?: boolean
  hasNoTrash?: boolean
}

const everyone: Role[] = ['marketerA', 'editor', 'admin']
const clinicWriters: Role[] = ['marketerA', 'admin']

export const matrix: Row[] = [
  {
    allowed: { create: ['admin'], deleteForever: ['admin'], read: everyone, trash: ['admin'], update: ['admin'] },
    change: () => ({ phone: '555-0100' }),
    collection: 'clinics',
    existing: (network) => network.clinicA.id,
    newData: () => ({
      crisisLine: 'Call or text 988',
      crisisNumber: '988',
      name: 'New clinic',
      slug: unique('clinic'),
    }),
  },
  {
    // The target is marketer B: nobody but editors and admins may even see another user.
    allowed: {
      create: ['admin'],
      deleteForever: ['admin'],
      read: ['editor', 'admin'],
      trash: ['admin'],
      update: ['admin'],
    },
    change: () => ({ name: 'Renamed user' }),
    collection: 'users',
    existing: (network) => network.users.marketerB.id,
    newData: () => ({
      email: `${unique('user')}@test.example`,
      name: 'New user',
      password: 'a-long-password-123',
      roles: ['marketer'],
    }),
  },
  {
    allowed: {
      create: clinicWriters,
      deleteForever: ['admin'],
      read: everyone,
      trash: clinicWriters,
      update: everyone,
    },
    // Not a shown word (name, credentials, job title, bio, photo): clinic A's author is on its live site, where
    // those are the medical editors' to change (claimIntegrity tests that rule).
    change: () => ({ slug: unique('author') }),
    collection: 'authors',
    existing: (network) => network.a.author.id,
    newData: (network) => ({ clinic: network.clinicA.id, name: 'New author', slug: unique('author') }),
  },
  {
    allowed: {
      create: clinicWriters,
      deleteForever: ['admin'],
      read: everyone,
      trash: clinicWriters,
      update: everyone,
    },
    change: () => ({ caption: 'A changed caption' }),
    collection: 'media',
    existing: (network) => network.a.media.id,
    hasFile: true,
    newData: (network) => ({ alt: 'A new photo', clinic: network.clinicA.id }),
  },
  {
    allowed: {
      create: clinicWriters,
      deleteForever: ['admin'],
      read: everyone,
      trash: clinicWriters,
      update: ['marketerA', 'editor', 'admin'],
    },
    change: () => ({ excerpt: 'A changed excerpt.' }),
    collection: 'posts',
    existing: (network) => network.a.draft.id,
    newData: (network) => ({
      body: bodyOf('New post'),
      clinic: network.clinicA.id,
      slug: unique('post'),
      title: 'New post',
    }),
  },
  {
    allowed: {
      create: everyone,
      deleteForever: ['admin'],
      read: everyone,
      trash: ['admin'],
      update: ['editor', 'admin'],
    },
    change: () => ({ summary: 'A changed summary.' }),
    collection: 'references',
    existing: (network) => network.reference.id,
    newData: () => ({ kind: 'study', title: unique('A proposed study') }),
  },
  {
    allowed: {
      create: everyone,
      deleteForever: ['admin'],
      read: everyone,
      trash: ['admin'],
      update: ['editor', 'admin'],
    },
    change: (network) => ({ topics: [network.topic.id] }),
    collection: 'claims',
    existing: (network) => network.claim.id,
    newData: () => ({ statement: unique('A proposed statement') }),
  },
  {
    allowed: {
      create: ['editor', 'admin'],
      deleteForever: ['admin'],
      read: everyone,
      trash: ['admin'],
      update: ['editor', 'admin'],
    },
    change: () => ({ description: 'A changed description.' }),
    collection: 'topics',
    existing: (network) => network.topic.id,
    newData: () => ({ name: 'New topic', slug: unique('topic') }),
  },
  {
    // Delivery keys: admins only, in every way.
    allowed: { create: ['admin'], deleteForever: ['admin'], read: ['admin'], trash: ['admin'], update: ['admin'] },
    change: () => ({ name: 'A renamed key' }),
    collection: 'clinic-keys',
    existing: (network) => network.clinicKey.id,
    newData: (network) => ({ clinic: network.clinicA.id, name: unique('key') }),
  },
  {
    // The audit log: writable by no API at all; readable by reviewers, and by a clinic's marketers for their own
    // clinic's posts (the target is an event of clinic A's post), where the editors' notes reach them.
    allowed: { create: [], deleteForever: [], read: everyone, trash: [], update: [] },
    change: () => ({ note: 'Rewritten history' }),
    collection: 'review-events',
    hasNoTrash: true,
    existing: (network) => network.reviewEvent.id,
    newData: (network) => ({ action: 'publish', documentCollection: 'posts', documentId: network.a.published.id }),
  },
  {
    // What clinic websites were told: admins read it, and only the webhook queue writes it.
    allowed: { create: [], deleteForever: [], read: ['admin'], trash: [], update: [] },
    change: () => ({ url: 'https://changed.example/hook' }),
    collection: 'webhook-deliveries',
    hasNoTrash: true,
    existing: (network) => network.webhookDelivery.id,
    newData: (network) => ({
      body: '{}',
      clinic: network.clinicA.id,
      eventId: unique('msg'),
      eventType: 'post.published',
      status: 'pending',
      url: 'https://hooks.clinic-a.example/vetted',
    }),
  },
]

/** Fields whose access differs from their collection's: who may read them and who may change them. */
type FieldRow = {
  allowed: { read?: Role[]; update: Role[] }
  collection: CollectionSlug
  field: string
  /** The document tried (of clinic A, or marketer A's own account). */
  target: (network: Network) => string
  /** What each role tries to write. */
  value: (network: Network) => unknown
}

export const fieldMatrix: FieldRow[] = [
  {
    // Each user's own e-mail settings: colleagues who may read the account still do not see them.
    allowed: { read: ['marketerA', 'admin'], update: ['marketerA', 'admin'] },
    collection: 'users',
    field: 'emailsOff',
    target: (network) => network.users.marketerA.id,
    value: () => ['published', 'signed_off'],
  },
  {
    // The assignment is the review workflow's to write (POST …/workflow/assign): sent any other way it is put back.
    allowed: { update: [] },
    collection: 'posts',
    field: 'assignedEditor',
    target: (network) => network.a.draft.id,
    value: (network) => network.users.editor.id,
  },
]
