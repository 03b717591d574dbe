// A review action as a signed-in user takes it over REST (POST /api/posts/:id/workflow/:action), answered with its
// status and body, for the suites that drive the workflow the way the admin's review panel does.
import type { TestUser } from './network'

import { login } from './actors'

export type ActionAnswer = {
  body: { doc?: Record<string, unknown>; errors?: { data?: { field?: string }; message: string }[] }
  status: number
}

export type Act = (user: TestUser, id: string, action: string, body?: Record<string, unknown>) => Promise<ActionAnswer>

/** `baseUrl` is asked for at each call: a suite's server is up only once its beforeAll has run. */
export const workflowActor =
  (baseUrl: () => string): Act =>
  async (user, id, action, body = {}) => {
    const response = await fetch(`${baseUrl()}/api/posts/${id}/workflow/${action}`, {
      body: JSON.stringify(body),
      headers: {
        Authorization: `JWT ${await login({ baseUrl: baseUrl(), user })}`,
        'Content-Type': 'application/json',
      },
      method: 'POST',
    })
    return { body: (await response.json().catch(() => ({}))) as ActionAnswer['body'], status: response.status }
  }
