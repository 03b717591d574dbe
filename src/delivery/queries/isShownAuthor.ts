// Whether an author is shown by something a clinic website may display: the byline of a live post, or a live
// article's medical reviewer (an author page linked to the editor who signed it). An author named only by drafts
// is not, so /v1 has no page for them.
import type { Payload } from 'payload'

import { deliveryDocuments } from '@/delivery/readModel/deliveryRows'
import { dependencyOf } from '@/delivery/readModel/indexedFieldsOf'

import { publishedPostsOf } from './publishedPosts'

export const isShownAuthor = async ({
  authorId,
  clinicId,
  payload,
}: {
  authorId: string
  clinicId: string
  payload: Payload
}): Promise<boolean> => {
  const byline = await payload.count({
    collection: 'posts',
    overrideAccess: true,
    where: publishedPostsOf(clinicId, { author: { equals: authorId } }),
  })
  if (byline.totalDocs) return true
  const asReviewer = await payload.count({
    collection: deliveryDocuments,
    overrideAccess: true,
    where: {
      and: [{ supersededAt: { exists: false } }, { dependsOn: { equals: dependencyOf('authors', authorId) } }],
    },
  })
  return asReviewer.totalDocs > 0
}
