// RFC 9457 problem details: the one shape every /v1 error takes.
import type { Response } from 'express'

export type Problem = {
  detail: string
  /** The path that was asked for (RFC 9457's instance), set when the problem is sent. */
  instance?: string
  /** Which parameter or field was wrong, for 400s. */
  invalidParams?: { name: string; reason: string }[]
  status: number
  title: string
  type?: string
}

const typeBase = 'https://vetted.example/problems/'

export const problem = {
  badParameter: (name: string, reason: string): Problem => ({
    detail: `The "${name}" parameter is not valid: ${reason}`,
    invalidParams: [{ name, reason }],
    status: 400,
    title: 'Bad parameter',
    type: `${typeBase}bad-parameter`,
  }),
  forbidden: (detail: string): Problem => ({ detail, status: 403, title: 'Forbidden', type: `${typeBase}forbidden` }),
  internal: (): Problem => ({
    detail: 'Something went wrong on our side. It has been logged; please try again.',
    status: 500,
    title: 'Internal error',
    type: `${typeBase}internal`,
  }),
  notFound: (detail = 'There is nothing at this address.'): Problem => ({
    detail,
    status: 404,
    title: 'Not found',
    type: `${typeBase}not-found`,
  }),
  tooManyRequests: (retryAfterSeconds: number): Problem => ({
    detail: `This key made too many requests. Try again in ${retryAfterSeconds} s, or put a CDN in front of the API.`,
    status: 429,
    title: 'Too many requests',
    type: `${typeBase}rate-limited`,
  }),
  unauthorized: (detail: string): Problem => ({
    detail,
    status: 401,
    title: 'Unauthorized',
    type: `${typeBase}unauthorized`,
  }),
  unavailable: (detail: string): Problem => ({
    detail,
    status: 503,
    title: 'Service unavailable',
    type: `${typeBase}unavailable`,
  }),
}

/** The problem as sent for one request: with the path it was asked at, never its query (which may hold the key). */
export const problemAt = (body: Problem, url: string): Problem => ({
  ...body,
  instance: new URL(url, 'http://delivery.invalid').pathname,
})

export const sendProblem = (res: Response, body: Problem, headers: Record<string, string> = {}): void => {
  res
    .status(body.status)
    .type('application/problem+json')
    .set({ 'Cache-Control': 'no-store', ...headers })
    .send(JSON.stringify(problemAt(body, res.req.originalUrl)))
}
