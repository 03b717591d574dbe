import type { Metadata } from 'next'

/**
 * The feeds every page announces. Next replaces a layout's `alternates` with a page's, so a page that sets its
 * canonical address repeats these.
 */
export const feedLinks: NonNullable<Metadata['alternates']>['types'] = {
  'application/atom+xml': [{ title: 'Atom feed', url: '/feed.atom' }],
  'application/feed+json': [{ title: 'JSON Feed', url: '/feed.json' }],
  'application/rss+xml': [{ title: 'RSS feed', url: '/feed.xml' }],
}
