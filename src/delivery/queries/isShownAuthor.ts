// Whether an author is shown by something a clinic website may display: the byline of a live post, or a live
// article's medical reviewer (an author page linked to the editor who signed it). An author named only by drafts
// is not, so /v1 has no page for them.
import type { Payload } from 'payload'

import { deliveryDocuments } from '@/delivery/readModel/deliveryRows'
import { dependencyOf } from '@/delivery/readModel/indexedFieldsOf'

import { countPublishedPosts } from './publishedPosts'

/**
 * Whether a live article's current delivery row shows the author: as its byline, or as its medical reviewer's page
 * (which no byline count finds).
 */
export const isOnCurrentRow = async ({ authorId, payload }: { authorId: string; payload: Payload }) =>
  (
    await payload.count({
      collection: deliveryDocuments,
      overrideAccess: true,
      where: {
        and: [{ supersededAt: { exists: false } }, { dependsOn: { equals: dependencyOf('authors', authorId) } }],
      },
    })
  ).totalDocs > 0

export const isShownAuthor = async ({
  authorId,
  clinicId,
  payload,
}: {
  authorId: string
  clinicId: string
  payload: Payload
}): Promise<boolean> =>
  (await countPublishedPosts({ clinicId, payload, where: { author: { equals: authorId } } })) > 0 ||
  isOnCurrentRow({ authorId, payload })
