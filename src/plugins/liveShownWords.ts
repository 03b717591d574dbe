// A local plugin: what a live article shows of an author or an image was approved with it by a medical editor
// (the content hash covers it, see shownContent), but the author and the image are documents of their own. Once a
// live article shows one, its shown fields are the medical editors' and admins' to change: a marketer's change
// would reach the live site unreviewed. A draft's sign-off needs no guard: the same change voids it.
import type { CollectionBeforeChangeHook, Payload, Plugin } from 'payload'

import { APIError } from 'payload'
import { stringify } from 'safe-stable-stringify'

import { isEditorOrAdmin } from '@/access/roles'
import { isShownAuthor } from '@/delivery/queries/isShownAuthor'
import { isShownImage } from '@/delivery/queries/isShownImage'
import { idOf } from '@/utilities/idOf'
import { shownAuthorFields, shownImageFields } from '@/workflow/shownContent'

type Guarded = {
  /** Field names as an error message names them. */
  fields: Record<string, string>
  isShown: (args: { doc: Record<string, unknown>; payload: Payload }) => Promise<boolean>
  what: string
}

const fieldLabels: Record<string, string> = {
  alt: 'alt text',
  bio: 'bio',
  caption: 'caption',
  credentials: 'credentials',
  filename: 'file',
  jobTitle: 'job title',
  name: 'name',
  photo: 'photo',
}

const labelled = (fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, fieldLabels[field]]))

const guarded: Record<string, Guarded> = {
  authors: {
    fields: labelled(shownAuthorFields),
    isShown: ({ doc, payload }) => isShownAuthor({ authorId: String(doc.id), clinicId: idOf(doc.clinic), payload }),
    what: 'This author is shown on live articles a medical editor signed off',
  },
  media: {
    fields: labelled(shownImageFields),
    isShown: ({ doc, payload }) => isShownImage({ mediaId: String(doc.id), payload }),
    what: 'This image is shown on the clinic’s live site, in articles a medical editor signed off',
  },
}

/**
 * A relationship compares by id, whether it arrives populated or not; an empty text is no text, however a form
 * sends it (an untouched empty field arrives as "" where the stored value is null).
 */
const comparable = (value: unknown) =>
  stringify(value && typeof value === 'object' && 'id' in value ? idOf(value) : value === '' ? null : (value ?? null))

const guardOf =
  ({ fields, isShown, what }: Guarded): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    // System writes (no user), creations and the medical editors' and admins' own changes pass.
    if (operation !== 'update' || !originalDoc || !req.user || isEditorOrAdmin(req.user)) return data
    const changed = Object.keys(fields).filter(
      (field) => field in data && comparable(data[field]) !== comparable(originalDoc[field]),
    )
    if (!changed.length || !(await isShown({ doc: originalDoc, payload: req.payload }))) return data
    const names = changed.map((field) => fields[field])
    throw new APIError(
      `${what}: its ${names.join(', ')} can now be changed only by a medical editor or an admin, so that nothing ` +
        'reaches the site unreviewed. Ask a medical editor, or use a new one in a post that goes through review.',
      403,
      { fields: changed },
      true,
    )
  }

export const liveShownWords = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    const rule = guarded[collection.slug]
    if (!rule) return collection
    const hooks = collection.hooks ?? {}
    return { ...collection, hooks: { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), guardOf(rule)] } }
  }),
})
