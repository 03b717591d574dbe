// What the bench measures, each as a comparison with its target (see "Performance" in DESIGN.md).
import type { Payload } from 'payload'

import type { Comparison } from './report'
import type { BenchNetwork } from './seedBenchNetwork'

import { hammer, type Measurement, type Target, walk } from './load'

export type BenchKeys = { cached: string[]; byClinic: Map<string, string> }

type Servers = { bareUrl: string; vettedUrl: string }
type RunSettings = { connections: number; duration: number }
/** What a comparison of the small list clinic with the large one needs. */
type ClinicSizeRun = {
  keys: BenchKeys
  network: BenchNetwork
  options: { large: number; small: number }
  servers: Servers
  settings: RunSettings
}

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
}: ClinicSizeRun): Promise<Comparison> => {
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

/** Slugs of the first `count` copies of a list clinic, spread over its whole range (as bulk seeding names them). */
const spreadSlugs = (clinic: { slug: string }, posts: number, count: number) =>
  Array.from({ length: count }, (_, index) => `${clinic.slug}-post-${1 + Math.floor((index * posts) / count)}`)

/** Uncached articles of the large clinic against the small one's, one connection: the latency of one read. */
export const measureArticleScaling = async ({
  keys,
  network,
  options,
  servers,
  settings,
}: ClinicSizeRun): Promise<Comparison> => {
  const articlesOf = (clinic: { id: string; slug: string }, posts: number) =>
    walk({
      ...settings,
      baseUrl: servers.vettedUrl,
      connections: 1,
      targets: spreadSlugs(clinic, posts, Math.min(posts, 2_000)).map((slug) => ({
        headers: bearer(keys.byClinic.get(clinic.id) as string),
        path: `/v1/posts/${slug}`,
      })),
    })
  await waitUntilIdle(servers.vettedUrl)
  const small = await articlesOf(network.list.small, options.small)
  await waitUntilIdle(servers.vettedUrl)
  const large = await articlesOf(network.list.large, options.large)
  return {
    baseline: { label: `  article, clinic of ${options.small.toLocaleString('en')} posts`, measurement: small },
    by: 'p50',
    name: 'article latency flat',
    subject: { label: `uncached article, clinic of ${options.large.toLocaleString('en')} posts`, measurement: large },
    target: { atMost: 1.5 },
  }
}

const randomWord = () => Math.random().toString(36).slice(2, 10)

/** Random slugs no post has, each asked once, against the cached article's rate: 404s must not be the cheap attack. */
export const measureMissingSlugs = async ({
  cachedPost,
  keys,
  servers,
  settings,
}: {
  cachedPost: Measurement
  keys: BenchKeys
  servers: Servers
  settings: RunSettings
}): Promise<Comparison> => {
  await waitUntilIdle(servers.vettedUrl)
  const subject = await walk({
    ...settings,
    baseUrl: servers.vettedUrl,
    targets: Array.from({ length: 200_000 }, (_, index) => ({
      headers: bearer(keys.cached[index % keys.cached.length]),
      path: `/v1/posts/missing-${randomWord()}`,
    })),
  })
  return {
    baseline: { label: '  cached post-by-slug (above)', measurement: cachedPost },
    by: 'requestsPerSecond',
    name: 'missing slug',
    subject: { label: 'missing slug (a new random slug each request)', measurement: subject },
    target: { atLeast: 0.2 },
  }
}

/**
 * Random searches: half a number from the copies' titles (one match each), half a word no title has. Measured
 * against the uncached article's rate, and the large clinic's latency against the small one's.
 */
export const measureSearch = async ({
  keys,
  network,
  options,
  servers,
  settings,
  uncachedPost,
}: {
  keys: BenchKeys
  network: BenchNetwork
  options: { large: number; small: number }
  servers: Servers
  settings: RunSettings
  uncachedPost: Measurement
}): Promise<Comparison[]> => {
  const searchesOf = (clinic: { id: string }, posts: number, count: number) =>
    Array.from({ length: count }, (_, index) => ({
      headers: bearer(keys.byClinic.get(clinic.id) as string),
      path: `/v1/posts?q=${index % 2 ? randomWord() : String(10 + Math.floor(Math.random() * (posts - 10)))}`,
    }))
  await waitUntilIdle(servers.vettedUrl)
  const mixed = await walk({
    ...settings,
    baseUrl: servers.vettedUrl,
    targets: interleave([
      searchesOf(network.list.small, options.small, 50_000),
      searchesOf(network.list.large, options.large, 50_000),
    ]),
  })
  const oneAtATime = (clinic: { id: string }, posts: number) =>
    walk({ ...settings, baseUrl: servers.vettedUrl, connections: 1, targets: searchesOf(clinic, posts, 20_000) })
  await waitUntilIdle(servers.vettedUrl)
  const small = await oneAtATime(network.list.small, options.small)
  await waitUntilIdle(servers.vettedUrl)
  const large = await oneAtATime(network.list.large, options.large)
  return [
    {
      baseline: { label: '  uncached post-by-slug (above)', measurement: uncachedPost },
      by: 'requestsPerSecond',
      name: 'random search',
      subject: { label: 'random ?q= search (a new word each request)', measurement: mixed },
      target: { atLeast: 1 },
    },
    {
      baseline: { label: `  search, clinic of ${options.small.toLocaleString('en')} posts`, measurement: small },
      by: 'p50',
      name: 'search latency flat',
      subject: { label: `random search, clinic of ${options.large.toLocaleString('en')} posts`, measurement: large },
      target: { atMost: 1.5 },
    },
  ]
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
