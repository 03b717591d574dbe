import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'

import type { Post } from '@/payload-types'

import { flaggedSentencesOf } from '@/workflow/flaggedSentences'
import { loadShownContent } from '@/workflow/loadShownContent'
import { publishBlockersFor } from '@/workflow/publishGate'

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * POST /api/posts/:id/flags — the flagged sentences nothing resolves yet, for text not saved yet: the body, title
 * and excerpt sent (each optional) over the post as its reader sees it, with its waivers. Saves nothing; the review
 * panel calls it as the writer types.
 */
export const flagsEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to scan a post.', 401, undefined, true)
    await addDataAndFileToRequest(req)
    const { id } = req.routeParams as { id: string }
    const data = req.data ?? {}
    if (!isObject(data)) throw new APIError('Send a JSON object with body, title or excerpt.', 400, undefined, true)
    const { body, excerpt, title } = data as { body?: unknown; excerpt?: unknown; title?: unknown }
    if (body !== undefined && body !== null && !isObject(body))
      throw new APIError('body must be the editor’s JSON (an object with a root).', 400, undefined, true)
    for (const [name, value] of [
      ['title', title],
      ['excerpt', excerpt],
    ] as const) {
      if (value !== undefined && value !== null && typeof value !== 'string')
        throw new APIError(`${name} must be text.`, 400, undefined, true)
    }
    const post = await req.payload.findByID({
      collection: 'posts',
      depth: 0,
      disableErrors: true,
      draft: true,
      id,
      overrideAccess: false,
      req,
      user: req.user,
    })
    if (!post) throw new APIError('No such post, or not yours to read.', 404, undefined, true)
    const typed: Post = {
      ...post,
      ...(body === undefined ? {} : { body: body as Post['body'] }),
      ...(excerpt === undefined ? {} : { excerpt: excerpt as Post['excerpt'] }),
      ...(title === undefined ? {} : { title: title as string }),
    }
    const loaded = await loadShownContent({ post: typed, req })
    const blockers = await publishBlockersFor({ loaded, post: typed, req })
    return Response.json({ flags: flaggedSentencesOf({ blockers, shown: loaded.shown }) })
  },
  method: 'post',
  path: '/:id/flags',
}
