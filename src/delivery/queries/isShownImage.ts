// Whether a media document is shown by something a clinic website may display: an image a live post's delivery row
// depends on (hero, search image, body images: indexedFieldsOf lists them), the hero or search image of a live post
// not rendered yet, an author's photo (authors are delivered by slug) or a clinic's logo. Images used only in drafts
// are not.
import type { Payload, Where } from 'payload'

import { deliveryDocuments } from '@/delivery/readModel/deliveryRows'
import { dependencyOf } from '@/delivery/readModel/indexedFieldsOf'

export const isShownImage = async ({ mediaId, payload }: { mediaId: string; payload: Payload }): Promise<boolean> => {
  const uses: { collection: 'authors' | 'clinics' | 'posts' | typeof deliveryDocuments; where: Where }[] = [
    {
      collection: deliveryDocuments,
      where: {
        and: [{ supersededAt: { exists: false } }, { dependsOn: { equals: dependencyOf('media', mediaId) } }],
      },
    },
    {
      collection: 'posts',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { or: [{ heroImage: { equals: mediaId } }, { 'seo.image': { equals: mediaId } }] },
        ],
      },
    },
    { collection: 'authors', where: { photo: { equals: mediaId } } },
    { collection: 'clinics', where: { logo: { equals: mediaId } } },
  ]
  for (const { collection, where } of uses) {
    // Trashed documents are left out by count itself.
    const { totalDocs } = await payload.count({ collection, overrideAccess: true, where })
    if (totalDocs) return true
  }
  return false
}
