import type { CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

/** What still points at a document, in words an editor understands ("the post “…”"); empty when nothing does. */
export type FindUses = (args: { id: number | string; req: PayloadRequest }) => Promise<string[]>

const shown = 5

/** Refuses a permanent delete while `findUses` finds content that points at the document, naming that content. */
export const refuseDeleteWhileUsed =
  (findUses: FindUses): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    const uses = await findUses({ id, req })
    if (!uses.length) return
    const more = uses.length > shown ? ` and ${uses.length - shown} more` : ''
    throw new APIError(
      `This ${collection.labels?.singular ?? 'document'} cannot be deleted for good while it is used by ${uses.slice(0, shown).join(', ')}${more}. Leave it in the trash, or remove those uses first.`,
      409,
      { usedBy: uses },
      true,
    )
  }
