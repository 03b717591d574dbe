// Which posts cite a library entry in any version — live, draft, approved or in the trash.
import type { PayloadRequest } from 'payload'

import type { FindUses } from './refuseDeleteWhileUsed'

const titled = (titles: (null | string | undefined)[]) => [
  ...new Set(titles.map((title) => `the post “${title ?? 'untitled'}”`)),
]

/**
 * Versions, not just the current posts: an approval points at the version it signed off, and a draft or a
 * restorable version that cites a vanished entry could no longer be saved or restored.
 */
export const postsCiting =
  (field: 'citedReferences' | 'claimsUsed'): FindUses =>
  async ({ id, req }: { id: number | string; req: PayloadRequest }) => {
    const versions = await req.payload.findVersions({
      collection: 'posts',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { version: { title: true } },
      trash: true,
      where: { [`version.${field}`]: { in: [id] } },
    })
    return titled(versions.docs.map((version) => version.version?.title))
  }
