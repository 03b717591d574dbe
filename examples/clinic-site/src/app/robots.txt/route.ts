// Crawlers may read everything but the webhook, and find the articles through the sitemap. The site's own address
// comes from SITE_URL, or else from the request as the proxy in front of the site forwarded it.
export const GET = (request: Request) => {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  const protocol = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '')
  const origin = process.env.SITE_URL ?? (host ? `${protocol}://${host}` : new URL(request.url).origin)
  return new Response(
    `User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${new URL('/sitemap.xml', origin).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  )
}
