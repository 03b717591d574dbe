// Assignment: a post in review given to one medical editor, or back to the pool. It says who should review, not
// who did (the medical reviewer is whoever signs off), and moves nothing.
import { ValidationError } from 'payload'

import type { Post } from '@/payload-types'

import type { ActionArgs } from './actionSteps'

import { assertAllowed, loadPost, write } from './actionSteps'
import { assigneeProblem } from './assigneeProblem'

export const assignPost = async ({ editor, id, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'assign', req })
  const post = await loadPost(req, id)
  assertAllowed({ action: 'assign', post, req, words: 'assigned' })
  // Asked here because Payload does not validate draft writes, which this one is.
  const problem = editor ? await assigneeProblem({ id: editor, req }) : null
  if (problem)
    throw new ValidationError({ collection: 'posts', errors: [{ message: problem, path: 'assignedEditor' }] })
  const assignee = editor
    ? await req.payload.findByID({ collection: 'users', depth: 0, id: editor, overrideAccess: true, req })
    : null
  const note = assignee ? `Assigned to ${assignee.name}.` : 'Given back to the editors’ pool.'
  return write(req, { action: 'assign', data: { assignedEditor: editor ?? null }, id, note })
}
