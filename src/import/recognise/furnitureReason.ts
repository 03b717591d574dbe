// Page furniture: the lines a blog theme puts around an article (navigation, counters, comment and share prompts,
// image leftovers) that came along when the page was exported as text. Each pattern says why the line was dropped.

const rules: { pattern: RegExp; reason: string }[] = [
  {
    pattern:
      /^(?:top of page|bottom of page|back to top|skip to (?:main )?content|main menu|menu|open menu|close menu|toggle navigation|search|home|blog|back to (?:the )?blog|all posts|previous post|next post|« ?previous|next ?»|older posts|newer posts)$/i,
    reason: 'navigation leftover',
  },
  { pattern: /^(?:home|blog)\s*[»>/›|]\s*\S.*$/i, reason: 'navigation leftover (breadcrumbs)' },
  { pattern: /^\d[\d,.]*k?\s*views?\s*(?:\d[\d,.]*\s*comments?)?$/i, reason: 'view or comment counter' },
  {
    pattern: /^(?:\d[\d,.]*|no)\s*(?:comments?|likes?|shares?|responses?|replies|reactions?)(?:\s+yet)?$/i,
    reason: 'view or comment counter',
  },
  { pattern: /^\d+\s*min(?:ute)?s?\s*read$/i, reason: 'reading-time counter' },
  {
    pattern:
      /^(?:leave a (?:comment|reply)|post a comment|write a comment|add a comment|log ?in to (?:comment|reply)|cancel reply|comments? (?:are )?closed\.?)$/i,
    reason: 'comment prompt',
  },
  {
    pattern:
      /^(?:share(?: this)?(?: (?:post|article|page|story))?(?: (?:on|via) [\w ]+)?:?|tweet(?: this)?|pin it|email this|print(?: this)?|copy link|like this:?|like loading\.*|facebook|twitter|x|linkedin|pinterest|whatsapp|reddit)$/i,
    reason: 'share prompt',
  },
  {
    pattern: /^(?:read more|continue reading|read the full (?:article|post)|learn more)\s*[»→>…]*$/i,
    reason: '"read more" link',
  },
  { pattern: /^(?:tags?|categories|category|filed under|posted in)\s*:?\s+\S.*$/i, reason: 'post tags or categories' },
  { pattern: /^\d{2,4} \d{2,4}(?: \S.{0,60})?$/, reason: 'image leftover (its size and alt text)' },
  {
    pattern: /^(?:subscribe|sign up) (?:to|for) (?:our|the) (?:newsletter|blog|mailing list).{0,80}$/i,
    reason: 'newsletter prompt',
  },
]

/** Why a line is page furniture, or undefined when it is article text. */
export const furnitureReason = (line: string): string | undefined => {
  const text = line.replace(/\s+/g, ' ').trim()
  if (!text) return undefined
  return rules.find(({ pattern }) => pattern.test(text))?.reason
}
