// One autocannon run, reduced to what the table shows. Runs that walk a pool of distinct URLs (so every request
// misses the cache) stop when the pool is used up, so no request is answered from a cache it filled itself.
import type { IncomingHttpHeaders } from 'node:http'

import autocannon from 'autocannon'

export type Measurement = {
  errors: number
  non2xx: number
  p50: number
  p99: number
  requests: number
  requestsPerSecond: number
  seconds: number
}

export type Target = { headers: IncomingHttpHeaders; path: string }

type RunOptions = { baseUrl: string; connections: number; duration: number }

const summarise = (result: autocannon.Result): Measurement => {
  const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx']
  return {
    errors: result.errors,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    requestsPerSecond: Number((requests / result.duration).toFixed(requests / result.duration < 100 ? 1 : 0)),
    seconds: Number(result.duration.toFixed(1)),
  }
}

const run = (options: autocannon.Options, onStart?: (instance: autocannon.Instance) => void) =>
  new Promise<Measurement>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(summarise(result))))
    onStart?.(instance)
  })

/** The same few requests over and over (cycled, e.g. to spread load over several keys): cache hits once warm. */
export const hammer = ({ baseUrl, connections, duration, targets }: RunOptions & { targets: Target[] }) =>
  run({
    connections,
    duration,
    requests: targets.map(({ headers, path }) => ({ headers, method: 'GET', path })),
    url: baseUrl,
  })

/** Each request takes the next target of the pool; the run ends after `duration` seconds or with the pool. */
export const walk = ({ baseUrl, connections, duration, targets }: RunOptions & { targets: Target[] }) => {
  let next = 0
  let instance: autocannon.Instance | undefined
  return run(
    {
      connections,
      duration,
      requests: [
        {
          setupRequest: (request) => {
            const target = targets[next]
            next += 1
            if (next === targets.length) instance?.stop()
            // Past the end (requests already in flight when stop() was called) the last target is repeated.
            return {
              ...request,
              headers: { ...request.headers, ...(target ?? targets[targets.length - 1]).headers },
              method: 'GET',
              path: (target ?? targets[targets.length - 1]).path,
            }
          },
        },
      ],
      url: baseUrl,
    },
    (started) => (instance = started),
  )
}
