// The shared library of the demo network (src/seed/data/references.json) in a test database: the references the
// sample articles cite, some vetted, some not, as the seed records them. Papers already there (the test network
// has one) are left as they are.
import type { Payload } from 'payload'

import type { Reference } from '@/payload-types'

import referencesJson from '@/seed/data/references.json' with { type: 'json' }

export const addLibrary = async ({
  editorId,
  payload,
}: {
  editorId: string
  payload: Payload
}): Promise<Reference[]> => {
  const created: Reference[] = []
  for (const { metadataConfirmed, unconfirmedFields: _unconfirmed, ...paper } of referencesJson) {
    const { totalDocs } = await payload.count({
      collection: 'references',
      overrideAccess: true,
      where: { doi: { equals: paper.doi.toLowerCase() } },
    })
    if (totalDocs) continue
    const vetting = metadataConfirmed
      ? { vettedAt: new Date().toISOString(), vettedBy: editorId, vettingStatus: 'vetted' as const }
      : { vettingStatus: 'unvetted' as const }
    created.push(
      await payload.create({
        collection: 'references',
        data: { ...paper, ...vetting, kind: paper.kind as Reference['kind'] },
        overrideAccess: true,
      }),
    )
  }
  return created
}
