// The Lexical editor of post bodies: Payload's defaults, links limited to safe schemes, and two inline blocks
// that tie a sentence to the shared library — a citation (a reference) and a claim (an approved statement).
import type {
  Block,
  FilterOptionsProps,
  RelationshipFieldSingleValidation,
  TextFieldSingleValidation,
  Where,
} from 'payload'

import { BlocksFeature, FixedToolbarFeature, lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import { relationship } from 'payload/shared'

import { isEditorOrAdmin } from '@/access/roles'
import { idOf } from '@/utilities/idOf'
import { isSafeUrl } from '@/utilities/safeUrl'
import { usableClaimsWhere } from '@/workflow/claimUsability'

import { slugs } from '../../collections/slugs'

const libraryBlockLabel = '/src/components/LibraryBlockLabel#LibraryBlockLabel'

export const citationBlock: Block = {
  slug: 'citation',
  interfaceName: 'CitationBlock',
  labels: { plural: 'Citations', singular: 'Citation' },
  admin: { components: { Label: { path: libraryBlockLabel, serverProps: { kind: 'citation' } } } },
  fields: [
    {
      name: 'reference',
      type: 'relationship',
      relationTo: slugs.references,
      required: true,
      // Payload's list of the library as the picker: authors, journal, year, study type and status in columns,
      // filters and sorting, and a search by word starts (src/plugins/libraryPickers).
      admin: { appearance: 'drawer', description: 'The study, guideline or article that supports this sentence.' },
    },
    { name: 'locator', type: 'text', label: 'Page, table or figure (optional)', maxLength: 60 },
  ],
}

/**
 * Writers are offered the claims a post may use now; editors, who review the rest, see every claim. The claim a
 * block already holds stays valid (a draft keeps a claim retired since, and the publish gate names it), and one a
 * writer proposes from the picker's drawer is chosen by creating it.
 */
export const offeredClaims = ({ siblingData, user }: FilterOptionsProps): true | Where => {
  if (isEditorOrAdmin(user)) return true
  const claim = (siblingData as { claim?: unknown } | undefined)?.claim
  const current = claim ? idOf(claim) : null
  const usable = usableClaimsWhere(new Date())
  return current ? { or: [usable, { id: { equals: current } }] } : usable
}

export const claimBlock: Block = {
  slug: 'claim',
  interfaceName: 'ClaimBlock',
  labels: { plural: 'Claims', singular: 'Claim' },
  admin: { components: { Label: { path: libraryBlockLabel, serverProps: { kind: 'claim' } } } },
  fields: [
    {
      name: 'claim',
      type: 'relationship',
      relationTo: slugs.claims,
      required: true,
      admin: {
        appearance: 'drawer',
        description: 'A statement from the claims library; the site shows its approved wording.',
      },
      filterOptions: offeredClaims,
      // What the picker offers is not a rule of what a saved block may hold: Payload would check filterOptions on
      // every save, so a draft holding a claim trashed since could no longer be saved. Whether a claim may be
      // published is the publish gate's to say (claimUsability), and it names the claim.
      validate: ((value, options) =>
        relationship(value, { ...options, filterOptions: undefined })) satisfies RelationshipFieldSingleValidation,
    },
  ],
}

const validateLinkUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return true
  if (!value) return 'A link needs an address.'
  return isSafeUrl(value) || 'Links may only use https://, http://, mailto: or tel: addresses.'
}

export const postEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    // No relationship node: sites render none, and its drawer offered every collection, the ones a writer may not
    // read (clinic keys: a 500) included. Internal links and the library blocks cover what posts point at.
    ...defaultFeatures.filter((feature) => feature.key !== 'link' && feature.key !== 'relationship'),
    LinkFeature({
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.type === 'text' && field.name === 'url'
            ? ({ ...field, validate: validateLinkUrl } as typeof field)
            : field,
        ),
    }),
    BlocksFeature({ inlineBlocks: [citationBlock, claimBlock] }),
    // A visible toolbar, so writers find the citation and claim buttons without knowing the slash menu.
    FixedToolbarFeature(),
  ],
})
