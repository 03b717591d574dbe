/**
 * Marks a write as made by the review workflow (src/workflow/postActions.ts). Only such writes may change a
 * post's review fields (workflow state, sign-off, waivers); anything else that sends them has them put back.
 * A symbol, so no request body, query or header can carry it: REST and GraphQL never set it.
 */
export const reviewToken = Symbol('vetted.review-workflow')

export type ReviewAction = 'publish' | 'request_changes' | 'sign_off' | 'submit' | 'unpublish' | 'waive'

export type ReviewContext = { [reviewToken]?: { action: ReviewAction; note?: string } }

export const reviewActionOf = (context: unknown): ReviewContext[typeof reviewToken] =>
  (context as ReviewContext | undefined)?.[reviewToken]
