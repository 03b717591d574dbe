// One file's articles: checked, read by the reader its format needs, and each given a stable source identity
// (its own address when it states one, else the WordPress guid, else the file's name) and a hash of its content.
import { createHash } from 'node:crypto'
import path from 'node:path'

import type { ParsedArticle } from '@/import/types'

import { checkBytes } from './checkBytes'
import { formatOf } from './formatOf'
import { parseHtml } from './parseHtml'
import { parseMarkdown } from './parseMarkdown'
import { parseText } from './parseText'
import { parseWxr } from './parseWxr'
import { wpautop } from './wpautop'

export type SourceArticle = {
  /** Where the article came from, for the report: the file, and the post's title inside a WordPress export. */
  label: string
  notes: string[]
  parsed: ParsedArticle
  sourceHash: string
  sourceKey: string
}

export type SourceRead =
  | { articles: SourceArticle[]; isOk: true; skipped: { label: string; reason: string }[] }
  | { isOk: false; reason: string }

const hashOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`

/** WordPress statuses that never were an article someone meant to keep. */
const unwanted: Record<string, string> = {
  'auto-draft': 'an unsaved WordPress auto-draft',
  trash: 'in WordPress’s trash',
}

export const readSource = async ({
  bytes,
  file,
  maxBytes,
  size,
}: {
  bytes: Uint8Array
  file: string
  maxBytes: number
  size?: number
}): Promise<SourceRead> => {
  const checked = await checkBytes({ bytes, maxBytes, size })
  if (!checked.isOk) return checked
  const name = path.basename(file)
  const format = formatOf({ name, text: checked.text })
  if (format !== 'wxr') {
    const parsed =
      format === 'html'
        ? parseHtml({ html: checked.text })
        : format === 'markdown'
          ? parseMarkdown(checked.text)
          : parseText(checked.text)
    return {
      articles: [
        {
          label: name,
          notes: [],
          parsed,
          sourceHash: hashOf(checked.text),
          sourceKey: parsed.canonicalUrl ?? `file:${name}`,
        },
      ],
      isOk: true,
      skipped: [],
    }
  }
  const wxr = parseWxr(checked.text)
  if (!wxr.isOk) return { isOk: false, reason: wxr.error }
  if (!wxr.posts.length)
    return {
      isOk: false,
      reason: `it is a WordPress export with no posts in it (${wxr.otherItems} pages, attachments or other items)`,
    }
  const skipped = wxr.posts
    .filter((post) => unwanted[post.status])
    .map((post) => ({ label: `${name} › ${post.title || post.guid}`, reason: unwanted[post.status] }))
  const articles = wxr.posts
    .filter((post) => !unwanted[post.status])
    .map((post): SourceArticle => {
      const parsed = parseHtml({ baseUrl: post.link, html: wpautop(post.html), isFragment: true })
      return {
        label: `${name} › ${post.title || post.guid}`,
        notes: post.status === 'publish' ? ['Published on WordPress; imported as a draft for review.'] : [],
        parsed: {
          ...parsed,
          author: post.author,
          canonicalUrl: post.link,
          categories: post.categories,
          slug: post.slug,
          title: post.title || undefined,
        },
        sourceHash: hashOf(JSON.stringify([post.title, post.html, post.author, post.categories])),
        sourceKey: `wxr:${post.guid}`,
      }
    })
  return { articles, isOk: true, skipped }
}
