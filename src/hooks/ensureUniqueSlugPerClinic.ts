import type { CollectionBeforeChangeHook, CollectionSlug, Where } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '@/utilities/idOf'

/**
 * A slug is unique within its clinic. The compound index refuses a duplicate anyway, but only with a bare
 * database error; this names the document that already has the slug. A collection hook, because Payload skips
 * field validation for drafts and autosave, and most posts are drafts when they are named. beforeChange, so the
 * multi-tenant plugin has already refused a write into a clinic the user doesn't belong to: the message never
 * names another clinic's post.
 */
export const ensureUniqueSlugPerClinic: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const slug = data?.slug ?? originalDoc?.slug
  const assignedClinic = data?.clinic ?? originalDoc?.clinic
  if (typeof slug !== 'string' || !slug || !assignedClinic) return data
  const clinic = idOf(assignedClinic)
  const where: Where = {
    and: [
      { slug: { equals: slug } },
      { clinic: { equals: clinic } },
      ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
    ],
  }
  const { docs } = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    depth: 0,
    limit: 1,
    // Uniqueness is about the whole clinic, including documents this user may not see.
    overrideAccess: true,
    pagination: false,
    req,
    trash: true,
    where,
  })
  const [existing] = docs as { deletedAt?: null | string; id: string; name?: string; title?: string }[]
  if (!existing) return data
  const label = existing.title ?? existing.name ?? existing.id
  const message = `The slug "${slug}" is already used by "${label}" in this clinic${existing.deletedAt ? ' (in the trash)' : ''}. Choose another.`
  throw new ValidationError({ collection: collection.slug, errors: [{ message, path: 'slug' }] }, req.t)
}
