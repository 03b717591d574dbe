// What the bench measures, each as a comparison with its target (see "Performance" in DESIGN.md).
import type { Payload } from 'payload'

import type { Comparison } from './report'
import type { BenchNetwork } from './seedBenchNetwork'

import { hammer, type Target, walk } from './load'

export type BenchKeys = { cached: string[]; byClinic: Map<string, string> }

type Servers = { bareUrl: string; vettedUrl: string }
type RunSettings = { connections: number; duration: number }

const bearer = (key: string) => ({ authorization: `Bearer ${key}` })

/** Every key in turn, so no single key reaches its rate limit (at most 100,000 a minute) during a run. */
const withEachKey = (path: string, keys: string[]): Target[] => keys.map((key) => ({ headers: bearer(key), path }))

/** Interleaves the clinics' lists, so consecutive requests go to different clinics. */
const interleave = <T>(lists: T[][]): T[] => {
  const longest = Math.max(0, ...lists.map((list) => list.length))
  return Array.from({ length: longest }, (_, index) =>
    lists.flatMap((list) => (index < list.length ? [list[index]] : [])),
  ).flat()
}

export const cachedPaths = (network: BenchNetwork) => ({
  list: '/v1/posts',
  post: `/v1/posts/${network.template.slug}`,
})

/** Fills the cache for the cached cases and lets every key be resolved once, as a running site would have. */
export const warmCache = async ({
  keys,
  network,
  servers,
  settings,
}: {
  keys: BenchKeys
  network: BenchNetwork
  servers: Servers
  settings: RunSettings
}) => {
  for (const path of Object.values(cachedPaths(network)))
    await hammer({ ...settings, baseUrl: servers.vettedUrl, duration: 1, targets: withEachKey(path, keys.cached) })
}

export const measureCached = async ({
  keys,
  network,
  servers,
  settings,
}: {
  keys: BenchKeys
  network: BenchNetwork
  servers: Servers
  settings: RunSettings
}): Promise<Comparison[]> => {
  const comparisons: Comparison[] = []
  for (const [kind, path] of Object.entries(cachedPaths(network))) {
    const targets = withEachKey(path, keys.cached)
    const subject = await hammer({ ...settings, baseUrl: servers.vettedUrl, targets })
    const baseline = await hammer({ ...settings, baseUrl: servers.bareUrl, targets })
    comparisons.push({
      baseline: { label: `  bare node:http, same bytes`, measurement: baseline },
      by: 'requestsPerSecond',
      name: `cached ${kind}`,
      subject: { label: `cached ${kind === 'list' ? 'list' : 'post-by-slug'} (GET ${path})`, measurement: subject },
      target: { atLeast: 0.7 },
    })
  }
  return comparisons
}

export const measureUncachedPost = async ({
  adminToken,
  keys,
  network,
  servers,
  settings,
}: {
  adminToken: string
  keys: BenchKeys
  network: BenchNetwork
  servers: Servers
  settings: RunSettings
}): Promise<Comparison> => {
  const slugsByClinic = network.clinics.map((clinic) =>
    clinic.postSlugs.map((slug) => ({ key: keys.byClinic.get(clinic.id) as string, slug })),
  )
  const pool = interleave(slugsByClinic)
  await waitUntilIdle(servers.vettedUrl)
  const subject = await walk({
    ...settings,
    baseUrl: servers.vettedUrl,
    targets: pool.map(({ key, slug }) => ({ headers: bearer(key), path: `/v1/posts/${slug}` })),
  })
  const rest = pool.map(({ slug }) => ({
    headers: { authorization: `JWT ${adminToken}` },
    path: `/api/posts?where[slug][equals]=${slug}&depth=2`,
  }))
  await waitUntilIdle(servers.vettedUrl)
  const baseline = await walk({ ...settings, baseUrl: servers.vettedUrl, targets: rest })
  return {
    baseline: { label: '  Payload REST ?where[slug]…&depth=2', measurement: baseline },
    by: 'requestsPerSecond',
    name: 'uncached post-by-slug',
    subject: { label: 'uncached post-by-slug (a new slug each request)', measurement: subject },
    target: { atLeast: 3 },
  }
}

/** Distinct (limit, page) pairs whose pages lie within the first `posts` posts, so both clinics fill every page. */
const listPages = (posts: number) => {
  const pages: string[] = []
  for (let limit = 10; limit <= 20; limit += 1)
    for (let page = 1; page * limit <= posts; page += 1) pages.push(`/v1/posts?limit=${limit}&page=${page}`)
  return pages
}

export const measureListScaling = async ({
  keys,
  network,
  options,
  servers,
  settings,
}: {
  keys: BenchKeys
  network: BenchNetwork
  options: { large: number; small: number }
  servers: Servers
  settings: RunSettings
}): Promise<Comparison> => {
  const pages = listPages(Math.min(options.small, options.large))
  // One connection: the latency of one query, not of a queue of them behind a busy CPU.
  const listOf = (clinicId: string) =>
    walk({
      ...settings,
      connections: 1,
      baseUrl: servers.vettedUrl,
      targets: pages.map((path) => ({ headers: bearer(keys.byClinic.get(clinicId) as string), path })),
    })
  await waitUntilIdle(servers.vettedUrl)
  const small = await listOf(network.list.small.id)
  await waitUntilIdle(servers.vettedUrl)
  const large = await listOf(network.list.large.id)
  return {
    baseline: { label: `  list, clinic of ${options.small.toLocaleString('en')} posts`, measurement: small },
    by: 'p50',
    name: 'list latency flat',
    subject: { label: `uncached list, clinic of ${options.large.toLocaleString('en')} posts`, measurement: large },
    target: { atMost: 1.5 },
  }
}

/**
 * autocannon's timeouts leave requests running inside the server; the next run must not queue behind them.
 * Waits (up to 5 minutes) until /v1/health answers within 250 ms.
 */
export const waitUntilIdle = async (baseUrl: string) => {
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline) {
    const start = Date.now()
    const isUp = await fetch(`${baseUrl}/v1/health`, { signal: AbortSignal.timeout(30_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (isUp && Date.now() - start < 250) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

export const logStep = (payload: Payload, message: string) => payload.logger.info(`bench: ${message}`)
