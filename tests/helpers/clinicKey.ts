// Issues a clinic key the way an admin does, over REST: create the key, then issue its secret.
import type { TestUser } from './network'

import { login } from './actors'

export const issueKeyAsAdmin = async ({
  admin,
  baseUrl,
  clinicId,
  rateLimitPerMinute,
}: {
  admin: TestUser
  baseUrl: string
  clinicId: string
  rateLimitPerMinute?: number
}) => {
  const headers = { Authorization: `JWT ${await login({ baseUrl, user: admin })}`, 'Content-Type': 'application/json' }
  const created = await fetch(`${baseUrl}/api/clinic-keys`, {
    body: JSON.stringify({ clinic: clinicId, name: 'Test website', rateLimitPerMinute }),
    headers,
    method: 'POST',
  })
  const { doc } = (await created.json()) as { doc: { id: string } }
  const issued = await fetch(`${baseUrl}/api/clinic-keys/${doc.id}/issue`, { headers, method: 'POST' })
  const { key } = (await issued.json()) as { key: string }
  return { headers, id: doc.id, key }
}

/** GET a /v1 path with a clinic key. */
export const deliver = (baseUrl: string, path: string, key?: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}/v1${path}`, { headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), ...headers } })
