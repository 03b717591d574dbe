import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'

import { postActions } from '@/workflow/postActions'

/**
 * POST /api/posts/:id/workflow/:action — submit, assign, request-changes, sign-off, publish, schedule (with
 * `publishAt`), unschedule, unpublish, waive, comment. The body may carry `note`, `key` (waive, comment), `editor`
 * (assign: a user id, or null for the pool) and `checked` (sign-off: the cited figures checked against their sources).
 */
export const workflowEndpoint: Endpoint = {
  handler: async (req) => {
    const { action, id } = req.routeParams as { action: string; id: string }
    const run = postActions[action as keyof typeof postActions]
    if (!run)
      throw new APIError(
        `Unknown workflow action "${action}". Use one of: ${Object.keys(postActions).join(', ')}.`,
        404,
        undefined,
        true,
      )
    if (!req.user) throw new APIError('Sign in to act on a post.', 401, undefined, true)
    await addDataAndFileToRequest(req)
    const { checked, editor, key, note, publishAt } = (req.data ?? {}) as {
      checked?: unknown
      editor?: unknown
      key?: unknown
      note?: unknown
      publishAt?: unknown
    }
    const doc = await run({
      checked: Array.isArray(checked) ? checked.filter((item): item is string => typeof item === 'string') : [],
      editor: typeof editor === 'string' || typeof editor === 'number' ? String(editor) : null,
      id,
      key: typeof key === 'string' ? key : undefined,
      note: typeof note === 'string' ? note : undefined,
      publishAt: typeof publishAt === 'string' ? publishAt : undefined,
      req,
    })
    return Response.json({ doc, message: `Done: ${action.replace('-', ' ')}.` })
  },
  method: 'post',
  path: '/:id/workflow/:action',
}
