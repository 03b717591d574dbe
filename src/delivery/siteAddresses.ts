// Every address on a clinic's website that the API gives: canonical URLs, list items, authors, topics, JSON-LD,
// the sitemap and the feeds. The origin is the clinic's first domain; the paths are the clinic's own (its site's
// routes), `{slug}` standing for the page's slug. A post's canonical override replaces its computed address. A
// clinic without a domain has no addresses: every one is null, and feeds and sitemaps answer a problem instead.
import type { Clinic } from '@/payload-types'

import { problem } from './problem'

export type SitePaths = { article: string; author: string; blog: string; topic: string }

/** What the starter site serves, and what a clinic saved before the paths existed (MongoDB keeps no default) uses. */
export const defaultSitePaths: SitePaths = {
  article: '/blog/{slug}',
  author: '/authors/{slug}',
  blog: '/blog',
  topic: '/topics/{slug}',
}

const placeholder = '{slug}'
// RFC 3986 path characters, without `%` (a slug is inserted encoded), `?` and `#`: a path, not a query.
const pathCharacters = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/

/** Why `path` cannot be a site path of its kind, or undefined when it can. */
export const sitePathProblem = (path: string, kind: 'index' | 'page'): string | undefined => {
  const withoutSlug = path.replace(placeholder, '')
  if (!path.startsWith('/')) return `The path must start with "/", as in ${kind === 'page' ? '/blog/{slug}' : '/blog'}.`
  if (kind === 'page' && path.split(placeholder).length !== 2)
    return 'The path must contain {slug} exactly once, where the page’s slug goes, as in /blog/{slug}.'
  if (kind === 'index' && path.includes(placeholder)) return 'The blog’s index has no slug: leave {slug} out.'
  if (!pathCharacters.test(withoutSlug) || withoutSlug.includes('//'))
    return 'The path may hold letters, digits, "/", "-", "_", "." and "~" only (no spaces, "?", "#" or "//").'
  return undefined
}

type AddressSource = Pick<Clinic, 'domains'> & { sitePaths?: null | Partial<Record<keyof SitePaths, null | string>> }

export type SiteAddresses = {
  /** A post's page: its canonical override when it has one. */
  article: (post: { canonicalUrl?: null | string; slug: string }) => null | string
  author: (slug: string) => null | string
  blog: null | string
  /** The site's home, the origin of every other address. */
  home: null | string
  topic: (slug: string) => null | string
}

export const siteAddressesOf = (clinic: AddressSource): SiteAddresses => {
  const domain = clinic.domains?.[0]
  const home = domain ? (/^https?:\/\//.test(domain) ? domain.replace(/\/$/, '') : `https://${domain}`) : null
  const pathOf = (kind: keyof SitePaths) => clinic.sitePaths?.[kind] || defaultSitePaths[kind]
  const page = (kind: 'article' | 'author' | 'topic') => (slug: string) =>
    home && `${home}${pathOf(kind).replace(placeholder, encodeURIComponent(slug))}`
  const articleAt = page('article')
  return {
    article: ({ canonicalUrl, slug }) => canonicalUrl || articleAt(slug),
    author: page('author'),
    blog: home && `${home}${pathOf('blog')}`,
    home,
    topic: page('topic'),
  }
}

/** Feeds and sitemaps list absolute addresses on the clinic's site: without a domain there are none to give. */
export const noSiteProblem = (what: 'feed' | 'sitemap') =>
  problem.notFound(
    `The clinic has no domain yet, so its ${what} has no addresses. An admin can add one in the clinic settings.`,
  )
