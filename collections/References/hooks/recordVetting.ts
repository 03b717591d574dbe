import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { Reference } from '@/payload-types'

/** Who vetted, rejected or retracted a reference, and when; a rejection or retraction must say why. */
export const recordVetting: CollectionBeforeChangeHook<Reference> = ({ collection, data, originalDoc, req }) => {
  const next = data.vettingStatus ?? originalDoc?.vettingStatus ?? 'unvetted'
  if (next === (originalDoc?.vettingStatus ?? null)) return data
  if ((next === 'rejected' || next === 'retracted') && !(data.vettingNote ?? originalDoc?.vettingNote)?.trim()) {
    const why = next === 'retracted' ? 'cite the retraction notice' : 'say what is wrong with it'
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ message: `A note is required when a reference is ${next}: ${why}.`, path: 'vettingNote' }],
      },
      req.t,
    )
  }
  return { ...data, vettedAt: new Date().toISOString(), vettedBy: req.user?.id ?? data.vettedBy ?? null }
}
