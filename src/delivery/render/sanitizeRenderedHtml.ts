// The last gate before HTML leaves the building: an explicit allow-list of what a clinic page may receive.
import type { IOptions, Transformer } from 'sanitize-html'

import sanitizeHtml from 'sanitize-html'

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']
const aligned = ['p', 'blockquote', 'li', ...headings]
const listClasses = ['list-bullet', 'list-check', 'list-number']
// Lexical's converter writes alignment, indentation and strike/underline as inline styles; nothing else survives.
const textAlign = [/^(?:left|right|center|justify)$/]
const indent = [/^\d{1,4}px$/]

// Marker ids ("cite-2-1") on links and section ids ("section-dosing") on headings are the only ids allowed, so body
// HTML can never clobber a page's own element ids.
const markerId = /^cite-\d+-\d+$/
const sectionId = /^section-[a-z0-9]+(?:-[a-z0-9]+)*$/

const headingRules: Transformer = (tagName, attribs) => {
  const { id, style } = attribs
  return {
    tagName,
    attribs: { ...(style ? { style } : {}), ...(id && sectionId.test(id) ? { id } : {}) },
  }
}
const external = /^https?:/i

const linkRules: Transformer = (tagName, attribs) => {
  const { href, id, target } = attribs
  const kept: Record<string, string> = {}
  if (href !== undefined) kept.href = href
  if (id && markerId.test(id)) kept.id = id
  if (target === '_blank') kept.target = target
  // htmlparser2 has decoded entities already, so "&#104;ttps:" is seen as the external link it is.
  if (href && external.test(href.trim())) kept.rel = 'noopener noreferrer'
  return { tagName, attribs: kept }
}

const options: IOptions = {
  allowedTags: [
    ...headings,
    'a',
    'blockquote',
    'br',
    'code',
    'div',
    'em',
    'hr',
    'img',
    'li',
    'ol',
    'p',
    'picture',
    'source',
    's',
    'span',
    'strong',
    'sub',
    'sup',
    'table',
    'tbody',
    'td',
    'th',
    'thead',
    'tr',
    'u',
    'ul',
  ],
  allowedAttributes: {
    ...Object.fromEntries(aligned.map((tag) => [tag, ['style']])),
    ...Object.fromEntries(headings.map((tag) => [tag, ['id', 'style']])),
    a: ['href', 'id', 'rel', 'target'],
    div: ['class'],
    img: ['alt', 'decoding', 'height', 'loading', 'sizes', 'src', 'srcset', 'width'],
    li: ['class', 'style', 'value'],
    ol: ['class', 'start'],
    source: ['media', 'srcset', 'type'],
    span: ['class', 'data-claim', 'style'],
    sup: ['class'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
    ul: ['class'],
  },
  allowedClasses: {
    div: ['lexical-table-container'],
    li: ['nestedListItem'],
    ol: listClasses,
    span: ['claim'],
    sup: ['citation'],
    ul: listClasses,
  },
  allowedStyles: {
    ...Object.fromEntries(aligned.map((tag) => [tag, { 'padding-inline-start': indent, 'text-align': textAlign }])),
    li: { 'list-style-type': [/^none$/], 'padding-inline-start': indent, 'text-align': textAlign },
    span: { 'text-decoration': [/^(?:line-through|underline)$/] },
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'], source: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'srcset'],
  // "//host" leaves the site without saying so; absolute links must name their scheme.
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: linkRules, ...Object.fromEntries(headings.map((tag) => [tag, headingRules])) },
  // A link whose address was refused keeps its words but not its <a>; an image or <source> without one goes.
  exclusiveFilter: ({ attribs, tag }) =>
    tag === 'a' && !attribs.href
      ? 'excludeTag'
      : (tag === 'img' && !attribs.src) || (tag === 'source' && !attribs.srcset),
  selfClosing: [...sanitizeHtml.defaults.selfClosing, 'source'],
}

/** Sanitises rendered body or reference HTML against Vetted's allow-list. */
export const sanitizeRenderedHtml = (html: string): string => sanitizeHtml(html, options)
