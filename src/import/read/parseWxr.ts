// WordPress export files (WXR: RSS 2.0 with the wp:, content: and dc: namespaces). Each item of type "post" is an
// article; pages, attachments, menu items and other types are left out. Statuses are kept: the importer
// decides what to do with a trashed post.
import { XMLParser, XMLValidator } from 'fast-xml-parser'

export type WxrPost = {
  author?: string
  categories: string[]
  /** The stable identity WordPress gives the post (its guid, else its permalink, else its id). */
  guid: string
  html: string
  link?: string
  slug?: string
  status: string
  title: string
}

export type WxrResult = { error: string; isOk: false } | { isOk: true; otherItems: number; posts: WxrPost[] }

type XmlValue = Record<string, unknown> | string | undefined

const listPaths = new Set(['rss.channel.item', 'rss.channel.item.category', 'rss.channel.wp:author'])
const parser = new XMLParser({
  attributeNamePrefix: '@_',
  ignoreAttributes: false,
  isArray: (_name, jpath) => listPaths.has(String(jpath)),
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
})

const text = (value: unknown): string => {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim()
  if (value && typeof value === 'object' && '#text' in value) return text((value as { '#text': unknown })['#text'])
  return ''
}

export const parseWxr = (xml: string): WxrResult => {
  // WXR never declares entities; a DOCTYPE in an "export" is either another format or an entity-expansion attack.
  if (/<!DOCTYPE/i.test(xml)) return { error: 'it declares a DOCTYPE, which WordPress exports never do', isOk: false }
  const validation = XMLValidator.validate(xml)
  if (validation !== true)
    return { error: `it is not well-formed XML (line ${validation.err.line}: ${validation.err.msg})`, isOk: false }
  const channel = (parser.parse(xml) as { rss?: { channel?: Record<string, unknown> } }).rss?.channel
  if (!channel) return { error: 'it is XML but not a WordPress export (no <rss><channel>)', isOk: false }
  const authors = new Map(
    ((channel['wp:author'] as Record<string, XmlValue>[] | undefined) ?? []).map((author) => [
      text(author['wp:author_login']),
      text(author['wp:author_display_name']),
    ]),
  )
  const items = (channel.item as Record<string, XmlValue>[] | undefined) ?? []
  const posts = items
    .filter((item) => text(item['wp:post_type']) === 'post')
    .map((item): WxrPost => {
      const login = text(item['dc:creator'])
      const categories = ((item.category as unknown as Record<string, string>[] | undefined) ?? [])
        .filter((category) => category['@_domain'] === 'category')
        .map(text)
      return {
        author: authors.get(login) || login || undefined,
        categories,
        guid: text(item.guid) || text(item.link) || `wp-post-${text(item['wp:post_id'])}`,
        html: text(item['content:encoded']),
        link: text(item.link) || undefined,
        slug: text(item['wp:post_name']) || undefined,
        status: text(item['wp:status']) || 'publish',
        title: text(item.title),
      }
    })
  return { isOk: true, otherItems: items.length - posts.length, posts }
}
