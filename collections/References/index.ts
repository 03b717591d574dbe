import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { editorsAndAdminsField } from '@/access/editorsAndAdminsField'
import { editorsOrOwnProposal } from '@/access/editorsOrOwnProposal'
import { signedIn } from '@/access/signedIn'
import { trashOnlyUnlessAdmin } from '@/access/trashOnlyUnlessAdmin'
import { proposedBy } from '@/fields/proposedBy'
import { requiredState } from '@/fields/requiredState'
import { isHttpUrl } from '@/utilities/safeUrl'

import { slugs } from '../slugs'
import { normaliseDoi, normalisePmid } from './hooks/normaliseIdentifiers'
import { propagateRetraction } from './hooks/propagateRetraction'
import { recordVetting } from './hooks/recordVetting'
import { evidenceLevels, referenceKinds, vettingStatuses } from './options'
import { uniqueIdentifier } from './validators/uniqueIdentifier'

/** The network's shared library of studies, trials, guidelines and news that posts cite. */
export const References: CollectionConfig = {
  slug: slugs.references,
  labels: { plural: 'References', singular: 'Reference' },
  graphQL: { pluralName: 'References', singularName: 'Reference' },
  access: {
    create: signedIn,
    delete: trashOnlyUnlessAdmin(adminOnly),
    read: signedIn,
    readVersions: editorsAndAdmins,
    unlock: editorsAndAdmins,
    update: editorsOrOwnProposal({ field: 'vettingStatus', openStates: ['unvetted'] }),
  },
  admin: {
    // What a writer chooses a reference by, in the list and in the citation picker (which is this list).
    defaultColumns: ['title', 'authors', 'journal', 'year', 'kind', 'vettingStatus'],
    description: 'Every clinic cites from this one library. Editors vet each entry before posts may cite it.',
    group: 'Library',
    listSearchableFields: ['title', 'doi', 'pmid', 'journal'],
    // Titled by the line its pickers show (src/plugins/libraryPickers).
  },
  hooks: {
    afterChange: [propagateRetraction],
    beforeChange: [recordVetting],
  },
  trash: true,
  versions: { maxPerDoc: 0 },
  fields: [
    {
      type: 'row',
      fields: [
        requiredState({ name: 'kind', defaultValue: 'study', label: 'Kind', options: referenceKinds }),
        { name: 'evidenceLevel', type: 'select', options: evidenceLevels },
      ],
    },
    { name: 'title', type: 'text', required: true, maxLength: 500 },
    {
      name: 'authors',
      type: 'array',
      labels: { plural: 'Authors', singular: 'Author' },
      admin: {
        components: {
          Cell: '/src/components/ReferenceAuthorsCell#ReferenceAuthorsCell',
          RowLabel: '/src/components/ReferenceAuthorLabel#ReferenceAuthorLabel',
        },
        initCollapsed: true,
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'family', type: 'text', required: true, label: 'Family name' },
            { name: 'given', type: 'text', label: 'Given names or initials' },
            { name: 'suffix', type: 'text', admin: { width: '20%' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'journal',
          type: 'text',
          label: 'Journal or outlet',
          admin: { description: 'Abbreviated as in PubMed, e.g. "Am J Psychiatry".' },
        },
        { name: 'year', type: 'number', min: 1800, max: 2100, admin: { step: 1 } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'volume', type: 'text', maxLength: 20 },
        { name: 'issue', type: 'text', maxLength: 20 },
        { name: 'pages', type: 'text', maxLength: 40 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'doi',
          type: 'text',
          label: 'DOI',
          unique: true,
          admin: { description: 'Pasted in any form ("https://doi.org/10…", "doi:10…"); stored as "10.xxxx/…".' },
          hooks: { beforeValidate: [normaliseDoi] },
          validate: uniqueIdentifier({ field: 'doi', label: 'DOI', pattern: /^10\.\d{4,9}\/\S+$/ }),
        },
        {
          name: 'pmid',
          type: 'text',
          label: 'PubMed ID',
          unique: true,
          hooks: { beforeValidate: [normalisePmid] },
          validate: uniqueIdentifier({ field: 'pmid', label: 'PubMed ID', pattern: /^[1-9]\d{0,8}$/ }),
        },
      ],
    },
    {
      name: 'url',
      type: 'text',
      label: 'URL',
      validate: (value: null | string | undefined) =>
        !value || isHttpUrl(value) || 'The URL must start with https:// or http://.',
    },
    {
      name: 'links',
      type: 'ui',
      admin: { components: { Field: '/src/components/ReferenceLinks#ReferenceLinks' } },
    },
    { name: 'summary', type: 'textarea', maxLength: 2000 },
    {
      type: 'collapsible',
      label: 'Vetting',
      admin: { position: 'sidebar' },
      fields: [
        requiredState({
          name: 'vettingStatus',
          access: { create: editorsAndAdminsField, update: editorsAndAdminsField },
          defaultValue: 'unvetted',
          index: true,
          label: 'Vetting status',
          options: vettingStatuses,
        }),
        {
          name: 'vettedBy',
          type: 'relationship',
          relationTo: slugs.users,
          access: { create: editorsAndAdminsField, update: editorsAndAdminsField },
          admin: { readOnly: true },
        },
        {
          name: 'vettedAt',
          type: 'date',
          access: { create: editorsAndAdminsField, update: editorsAndAdminsField },
          admin: { readOnly: true },
        },
        {
          name: 'vettingNote',
          type: 'textarea',
          access: { create: editorsAndAdminsField, update: editorsAndAdminsField },
        },
        proposedBy(),
      ],
    },
    {
      name: 'citedBy',
      type: 'join',
      collection: slugs.posts,
      on: 'citedReferences',
      label: 'Where used',
      admin: {
        description: 'Posts, in every clinic you can see, that cite this reference directly or through a claim.',
      },
    },
  ],
}
