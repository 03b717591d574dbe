// Markdown articles: marked renders them to HTML and the HTML reader takes it from there, so Markdown and HTML
// share one walker (and raw HTML inside Markdown is read, not pasted as text).
import { marked } from 'marked'

import type { ParsedArticle } from '@/import/types'

import { frontMatter } from './frontMatter'
import { normaliseText } from './normaliseText'
import { parseHtml } from './parseHtml'
import { safeHref } from './safeHref'

export const parseMarkdown = (markdown: string): ParsedArticle => {
  const { body, fields } = frontMatter(normaliseText(markdown))
  const canonicalUrl = safeHref({
    href: fields.canonical_url ?? fields.canonical ?? fields.url ?? fields.permalink ?? fields.link,
  })
  const html = marked.parse(body, { async: false, gfm: true })
  const parsed = parseHtml({ baseUrl: canonicalUrl, html, isFragment: true })
  return {
    ...parsed,
    author: fields.author ?? parsed.author,
    canonicalUrl,
    categories: (fields.categories ?? fields.tags)
      ?.replace(/^\[|\]$/g, '')
      .split(',')
      .map((value) => value.trim().replace(/^(['"])(.*)\1$/, '$2'))
      .filter(Boolean),
    slug: fields.slug,
    title: fields.title ?? parsed.title,
  }
}
