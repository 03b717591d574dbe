import type { PayloadRequest } from 'payload'

import { isMedicalEditor } from '@/access/roles'

/**
 * Why this account may not be given a post to review, or null if it may: only medical editors review. Asked by the
 * field's validation and by the assign action, whose draft writes Payload does not validate.
 */
export const assigneeProblem = async ({ id, req }: { id: string; req: PayloadRequest }): Promise<null | string> => {
  // Read as the system: whoever assigns need not be able to list accounts to be told who cannot review.
  const user = await req.payload.findByID({
    collection: 'users',
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
    select: { name: true, roles: true },
  })
  if (!user) return 'No account has that id: choose a medical editor to assign the post to.'
  if (!isMedicalEditor({ ...user, collection: 'users' }))
    return `${user.name} is not a medical editor: a post in review can only be assigned to a medical editor.`
  return null
}
