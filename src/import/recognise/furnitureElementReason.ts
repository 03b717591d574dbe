// Theme containers around an article in a saved page (share bars, related posts, comment threads, sidebars,
// menus), known by tag, ARIA role or class/id tokens. Dropped whole, with the reason the report shows.
import type { HtmlElement } from '@/import/read/htmlNodes'

import { attributeOf } from '@/import/read/htmlNodes'

const skippedTags = new Set([
  'button',
  'canvas',
  'embed',
  'form',
  'head',
  'iframe',
  'input',
  'map',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
])
const roles: Record<string, string> = {
  banner: 'site header',
  complementary: 'sidebar',
  contentinfo: 'site footer',
  navigation: 'navigation',
  search: 'search box',
}
const tags: Record<string, string> = { aside: 'sidebar', nav: 'navigation' }
/** One class or id token each; "has-sidebar" on a wrapper describes the layout, not the element. */
const tokens: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^(?:.+-)?(?:share|shares|sharing|sharedaddy|social(?:-share|-links|-icons|-buttons)?)$/i,
    reason: 'share prompt',
  },
  {
    pattern: /^(?:.+-)?(?:related(?:-?posts|-?articles)?|relatedposts|more-posts|recent-posts|popular-posts)$/i,
    reason: 'related-post teasers',
  },
  {
    pattern: /^(?:.+-)?(?:comments?(?:-area|-section|-list|-wrapper)?|comment-respond|respond|disqus_thread)$/i,
    reason: 'comments section',
  },
  { pattern: /^(?:.+-)?(?:sidebar|widget|widget-area|widgets)$/i, reason: 'sidebar' },
  {
    pattern: /^(?:.+-)?(?:breadcrumbs?|menu|nav|navigation|navbar|pagination|post-navigation)$/i,
    reason: 'navigation',
  },
  { pattern: /^(?:.+-)?(?:newsletter|subscribe|cookie-notice|cookie-banner|popup|modal)$/i, reason: 'site prompt' },
]

/** Why an element is not article content; "skip" for markup with no readable text (scripts, forms, media). */
export const furnitureElementReason = (element: HtmlElement): string | undefined => {
  if (skippedTags.has(element.tagName)) return 'skip'
  const role = attributeOf(element, 'role')
  if (role && roles[role]) return roles[role]
  if (tags[element.tagName]) return tags[element.tagName]
  const names = `${attributeOf(element, 'class') ?? ''} ${attributeOf(element, 'id') ?? ''}`
    .split(/\s+/)
    .filter((name) => name && !/^(?:has|no|with|is)-/i.test(name))
  return tokens.find(({ pattern }) => names.some((name) => pattern.test(name)))?.reason
}
