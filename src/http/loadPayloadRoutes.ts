// Payload's REST and GraphQL handlers, from @payloadcms/next/routes when the admin is served and from Payload itself
// on delivery-only instances, which must never load Next (that module's REST handler imports next/og).
import type { SanitizedConfig } from 'payload'

import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { handleEndpoints } from 'payload'
import { formatAdminURL } from 'payload/shared'

type RouteArgs = { params: Promise<{ slug: string[] }> }
export type FetchRoute = (request: Request, args: RouteArgs) => Promise<Response>
export type PayloadRoutes = { graphql: (request: Request) => Promise<Response>; rest: Record<string, FetchRoute> }

const restMethods = ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT'] as const

/** What @payloadcms/next/routes' REST handler does, less the /api/og image endpoint, which renders with Next. */
const restWithoutNext =
  (config: Promise<SanitizedConfig>): FetchRoute =>
  async (request, { params }) => {
    const { slug } = await params
    return handleEndpoints({
      config,
      path: formatAdminURL({
        apiRoute: (await config).routes.api,
        path: `/${slug.map((segment) => encodeURIComponent(segment)).join('/')}`,
      }),
      request,
    })
  }

/**
 * Payload's GraphQL handler is the file @payloadcms/next/routes re-exports; it imports no Next, but the package
 * exports it only beside the REST handler, so it is loaded by its path next to that entry point (payload is pinned).
 */
const graphqlWithoutNext = async (config: Promise<SanitizedConfig>) => {
  const routesEntry = createRequire(import.meta.url).resolve('@payloadcms/next/routes')
  const handler = (await import(new URL('../routes/graphql/handler.js', pathToFileURL(routesEntry)).href)) as {
    POST: (config: Promise<SanitizedConfig>) => (request: Request) => Promise<Response>
  }
  return handler.POST(config)
}

export const loadPayloadRoutes = async ({
  config,
  isAdminServed,
}: {
  config: Promise<SanitizedConfig>
  isAdminServed: boolean
}): Promise<PayloadRoutes> => {
  if (isAdminServed) {
    const next = await import('@payloadcms/next/routes')
    const byMethod = {
      DELETE: next.REST_DELETE,
      GET: next.REST_GET,
      OPTIONS: next.REST_OPTIONS,
      PATCH: next.REST_PATCH,
      POST: next.REST_POST,
      PUT: next.REST_PUT,
    }
    return {
      graphql: next.GRAPHQL_POST(config),
      rest: Object.fromEntries(restMethods.map((method) => [method, byMethod[method](config)])),
    }
  }
  const rest = restWithoutNext(config)
  return {
    graphql: await graphqlWithoutNext(config),
    rest: Object.fromEntries(restMethods.map((method) => [method, rest])),
  }
}
