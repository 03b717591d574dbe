// The seed's own library and post bodies, as the router will hand them to the renderers: references and claims by
// id (supporting references resolved), and bodies built by the seed's Markdown converter with the real post editor.
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import type { RenderClaim, RenderLibrary, RenderReference } from '@/delivery/render/types'
import type { Post } from '@/payload-types'

import { postEditor } from '@/fields/postEditor'
import { claims, posts } from '@/seed/data/content'
import { extraReferences } from '@/seed/data/extraReferences'
import papers from '@/seed/data/references.json' with { type: 'json' }
import { markdownToBody } from '@/seed/markdownToBody'

export const referenceId = (doi: string) => `ref:${doi}`
export const claimId = (key: string) => `claim:${key}`

export const fdaAnnouncementId = 'ref:fda-esketamine-2019'

/** A reference from references.json by DOI, vetted as the seed vets it (confirmed metadata → vetted). */
export const seedReference = (doi: string): RenderReference => {
  const paper = papers.find((candidate) => candidate.doi === doi)
  if (!paper) throw new Error(`No seed reference with DOI ${doi}`)
  const { metadataConfirmed, unconfirmedFields: _, ...fields } = paper
  return {
    ...fields,
    id: referenceId(doi),
    kind: paper.kind as RenderReference['kind'],
    vettingStatus: metadataConfirmed ? 'vetted' : 'unvetted',
  }
}

/** The FDA's esketamine announcement, the seed's one news item, vetted. */
export const fdaAnnouncement = (): RenderReference => ({
  ...extraReferences[0],
  id: fdaAnnouncementId,
  vettingStatus: 'vetted',
})

type Overrides<T> = Record<string, Partial<T>>

/** Every seed reference and claim, with per-id overrides (a retraction, a rejected claim…). */
export const seedLibrary = ({
  claims: claimOverrides = {},
  references: referenceOverrides = {},
}: { claims?: Overrides<RenderClaim>; references?: Overrides<RenderReference> } = {}): RenderLibrary => {
  const references = new Map<string, RenderReference>()
  for (const reference of [...papers.map((paper) => seedReference(paper.doi)), fdaAnnouncement()]) {
    references.set(reference.id, { ...reference, ...referenceOverrides[reference.id] })
  }
  const library = new Map<string, RenderClaim>()
  for (const claim of claims) {
    const id = claimId(claim.key)
    const supportingReferences = claim.references.map((doi) => references.get(referenceId(doi)) as RenderReference)
    library.set(id, {
      id,
      statement: claim.statement,
      status: claim.status,
      supportingReferences,
      ...claimOverrides[id],
    })
  }
  return { claims: library, references }
}

let editorConfig: Promise<SanitizedServerEditorConfig> | undefined

// The editor config needs a sanitised Payload config; two stub collections stand in for the inline blocks' targets.
const loadEditorConfig = () =>
  (editorConfig ??= buildConfig({
    collections: [
      { slug: 'references', fields: [] },
      { slug: 'claims', fields: [] },
    ],
    db: undefined as never,
    editor: postEditor,
    secret: 'render-tests',
  }).then((config) => editorConfigFactory.fromEditor({ config, editor: postEditor })))

/** Markdown in the seed's dialect ({{cite:DOI}}, {{claim:KEY}}, and the FDA announcement as {{cite:fda}}) → a body. */
export const bodyFromMarkdown = async (markdown: string): Promise<Post['body']> =>
  markdownToBody({
    editorConfig: await loadEditorConfig(),
    markdown,
    resolve: { claim: claimId, reference: (doi) => (doi === 'fda' ? fdaAnnouncementId : referenceId(doi)) },
  }) as unknown as Post['body']

/** A seed post's body, by slug. */
export const seedPostBody = (slug: string): Promise<Post['body']> => {
  const post = posts.find((candidate) => candidate.slug === slug)
  if (!post) throw new Error(`No seed post ${slug}`)
  return bodyFromMarkdown(post.body)
}
