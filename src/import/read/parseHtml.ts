// HTML articles (saved pages, Markdown rendered to HTML, WordPress post content) read into blocks. The article
// element (or main, or the body) is read; theme containers are dropped; block elements become headings,
// paragraphs, lists and quotes; inline elements become formatted runs and links.
import { parse, parseFragment } from 'parse5'

import type { Block, Dropped, ParsedArticle, Run } from '@/import/types'

import { furnitureElementReason } from '@/import/recognise/furnitureElementReason'

import type { HtmlElement, HtmlNode } from './htmlNodes'

import { attributeOf, childrenOf, descendants, isElement, spacedText, textContent } from './htmlNodes'
import { mergeRuns } from './mergeRuns'
import { safeHref } from './safeHref'
import { trimRuns } from './trimRuns'

const formats: Record<string, number> = {
  b: 1,
  cite: 2,
  code: 16,
  del: 4,
  em: 2,
  i: 2,
  kbd: 16,
  s: 4,
  strike: 4,
  strong: 1,
  sub: 32,
  sup: 64,
  u: 8,
}
const headingLevels: Record<string, 2 | 3 | 4 | 5 | 6> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }
const blockTags = new Set([
  'address',
  'article',
  'body',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'header',
  'html',
  'main',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
])

type Inline = { format: number; href?: string }

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The reader: walks the tree once, flushing inline runs into a paragraph at every block boundary. */
const createReader = ({ baseUrl, dropped }: { baseUrl?: string; dropped: Dropped[] }) => {
  const blocks: Block[] = []
  let pending: Run[] = []
  const flush = () => {
    const runs = trimRuns(mergeRuns(pending))
    pending = []
    if (runs.length) blocks.push({ runs, type: 'paragraph' })
  }

  const inlineRuns = (node: HtmlNode, inline: Inline, into: Run[]): void => {
    if (node.nodeName === '#text') {
      into.push({ format: inline.format || undefined, href: inline.href, text: textContent(node) })
      return
    }
    if (!isElement(node)) return
    const reason = furnitureElementReason(node)
    if (reason) {
      if (reason !== 'skip' && spacedText(node)) dropped.push({ reason, text: spacedText(node) })
      return
    }
    if (node.tagName === 'br') into.push({ text: '\n' })
    else if (node.tagName === 'img') {
      const alt = attributeOf(node, 'alt')?.trim()
      dropped.push({
        reason: 'image (images are not imported; add it to the post from the media library)',
        text: alt || attributeOf(node, 'src') || 'image',
      })
    } else if (node.tagName === 'figcaption')
      dropped.push({ reason: 'image caption or alt text', text: spacedText(node) })
    else {
      const href =
        node.tagName === 'a' ? (safeHref({ baseUrl, href: attributeOf(node, 'href') }) ?? inline.href) : inline.href
      const next = { format: inline.format | (formats[node.tagName] ?? 0), href }
      for (const child of childrenOf(node)) inlineRuns(child, next, into)
    }
  }

  const listItems = (list: HtmlElement): Run[][] =>
    childrenOf(list).flatMap((child) => {
      if (!isElement(child) || child.tagName !== 'li') return []
      const own: Run[] = []
      const nested: Run[][] = []
      for (const part of childrenOf(child)) {
        if (isElement(part) && (part.tagName === 'ul' || part.tagName === 'ol')) nested.push(...listItems(part))
        else if (isElement(part) && part.tagName === 'p')
          inlineRuns(part, { format: 0 }, own.length ? (own.push({ text: '\n' }), own) : own)
        else inlineRuns(part, { format: 0 }, own)
      }
      const runs = trimRuns(mergeRuns(own))
      // Nested lists are flattened into the list, after their parent item.
      return [...(runs.length ? [runs] : []), ...nested]
    })

  const visit = (node: HtmlNode): void => {
    if (!isElement(node)) {
      inlineRuns(node, { format: 0 }, pending)
      return
    }
    const reason = furnitureElementReason(node)
    const tag = node.tagName
    if (
      reason ||
      !(
        tag in headingLevels ||
        blockTags.has(tag) ||
        tag === 'ul' ||
        tag === 'ol' ||
        tag === 'blockquote' ||
        tag === 'figure' ||
        tag === 'hr'
      )
    ) {
      inlineRuns(node, { format: 0 }, pending)
      return
    }
    flush()
    if (tag in headingLevels) {
      const runs: Run[] = []
      inlineRuns(node, { format: 0 }, runs)
      const trimmed = trimRuns(mergeRuns(runs)).filter((run) => run.text !== '\n')
      if (trimmed.length) blocks.push({ level: headingLevels[tag], runs: trimmed, type: 'heading' })
    } else if (tag === 'ul' || tag === 'ol') {
      const items = listItems(node)
      if (items.length) blocks.push({ items, ordered: tag === 'ol', type: 'list' })
    } else if (tag === 'blockquote') {
      const runs: Run[] = []
      for (const child of childrenOf(node)) {
        if (runs.length && isElement(child) && child.tagName === 'p') runs.push({ text: '\n' })
        inlineRuns(child, { format: 0 }, runs)
      }
      const trimmed = trimRuns(mergeRuns(runs))
      if (trimmed.length) blocks.push({ runs: trimmed, type: 'quote' })
    } else {
      for (const child of childrenOf(node)) visit(child)
      if (tag === 'td' || tag === 'th') pending.push({ text: ' ' })
      else flush()
    }
  }
  return { blocks: () => (flush(), blocks), visit }
}

const metaContent = (elements: HtmlElement[], key: string): string | undefined =>
  elements
    .find(
      (element) =>
        element.tagName === 'meta' &&
        (attributeOf(element, 'property') === key || attributeOf(element, 'name') === key),
    )
    ?.['attrs'].find((attr) => attr.name === 'content')?.value

/** "Ketamine and Depression | Harbor Light Blog" → "Ketamine and Depression": a document title ends in the site's name. */
const withoutSiteName = (title: string): string => {
  const parts = title.split(/\s+[|–—-]\s+/)
  return parts.length > 1 && parts[0].length >= parts.slice(1).join(' ').length ? parts[0] : title
}

export const parseHtml = ({
  baseUrl,
  html,
  isFragment = false,
}: {
  baseUrl?: string
  html: string
  isFragment?: boolean
}): ParsedArticle => {
  const document = isFragment ? parseFragment(html) : parse(html)
  const elements = [...descendants(document)]
  const canonicalUrl =
    elements
      .find((element) => element.tagName === 'link' && attributeOf(element, 'rel')?.split(/\s+/).includes('canonical'))
      ?.attrs.find((attr) => attr.name === 'href')?.value ?? metaContent(elements, 'og:url')
  const base = canonicalUrl ?? baseUrl
  const root =
    elements.find((element) => element.tagName === 'article') ??
    elements.find((element) => element.tagName === 'main' || attributeOf(element, 'role') === 'main') ??
    elements.find((element) => element.tagName === 'body') ??
    document
  const dropped: Dropped[] = []
  const reader = createReader({ baseUrl: base, dropped })
  for (const child of childrenOf(root)) reader.visit(child)

  const h1 = [...descendants(root)].find((element) => element.tagName === 'h1')
  const documentTitle = elements.find((element) => element.tagName === 'title')
  const metaAuthor = metaContent(elements, 'author') ?? metaContent(elements, 'article:author')
  return {
    author: metaAuthor && !/^https?:/i.test(metaAuthor) ? collapse(metaAuthor) : undefined,
    blocks: reader.blocks(),
    canonicalUrl: canonicalUrl ? safeHref({ href: canonicalUrl }) : undefined,
    dropped,
    title:
      (h1 && collapse(textContent(h1))) ||
      metaContent(elements, 'og:title') ||
      (documentTitle ? withoutSiteName(collapse(textContent(documentTitle))) : undefined),
  }
}
