// Feeds and the sitemap are Vetted's, already carrying this site's addresses; the site passes them on with its own
// URL, so readers and crawlers never see the key.
import { connection } from 'next/server'

import { vetted } from './vetted'

type XmlRoute = '/feed.atom' | '/feed.xml' | '/sitemap.xml'

export const passOn = async (route: '/feed.json' | XmlRoute): Promise<Response> => {
  await connection()
  const { response } = await vetted().GET(route, { parseAs: 'stream' })
  return new Response(response.body, {
    headers: {
      'Cache-Control': 'public, max-age=300',
      'Content-Type': response.headers.get('content-type') ?? 'application/xml',
    },
    status: response.status,
  })
}
