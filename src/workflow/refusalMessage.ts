import type { Blocker } from './publishBlockers'

// How a refusal reads wherever a post is refused, in the admin, over REST and in a bulk update's list of failures:
// the post by its title first (a bulk refusal lists several), then each reason on its own line.

/** The post as a refusal names it. */
export const postNamed = (title?: null | string): string => (title?.trim() ? `“${title.trim()}”` : 'This untitled post')

/** “Title” cannot be published yet: followed by each blocker's message, in words a marketer understands. */
export const blockedMessage = ({
  blockers,
  title,
  what,
}: {
  blockers: Pick<Blocker, 'message'>[]
  title?: null | string
  /** What the post cannot be: "published", "scheduled", "signed off". */
  what: string
}): string => `${postNamed(title)} cannot be ${what} yet:\n${blockers.map(({ message }) => `• ${message}`).join('\n')}`
