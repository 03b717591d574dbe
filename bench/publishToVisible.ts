// Publish-to-visible: a draft goes through review over REST (submit as its marketer, the template's waivers and the
// sign-off as the editor), then is published, and /v1 is polled every 20 ms until the post answers 200 and until it
// heads the (cached) list.
import type { BenchNetwork } from './seedBenchNetwork'

export type PublishSample = { listMs: number; postMs: number; publishCallMs: number }

const pollMs = 20
const giveUpMs = 30_000

const workflow = async ({
  action,
  baseUrl,
  body = { note: 'Benchmark run.' },
  id,
  token,
}: {
  action: string
  baseUrl: string
  body?: { checked?: string[]; key?: string; note?: string }
  id: string
  token: string
}) => {
  const response = await fetch(`${baseUrl}/api/posts/${id}/workflow/${action}`, {
    body: JSON.stringify(body),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method: 'POST',
    signal: AbortSignal.timeout(giveUpMs),
  })
  if (!response.ok) throw new Error(`${action} of post ${id} answered ${response.status}: ${await response.text()}`)
}

const waitUntil = async (isVisible: () => Promise<boolean>, since: number) => {
  while (Date.now() - since < giveUpMs) {
    if (await isVisible()) return Date.now() - since
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  throw new Error(`Not visible within ${giveUpMs / 1000} s`)
}

export const measurePublishToVisible = async ({
  baseUrl,
  drafts,
  key,
  tokens,
}: {
  baseUrl: string
  drafts: BenchNetwork['drafts']
  key: string
  tokens: { editor: string; marketer: string }
}): Promise<PublishSample[]> => {
  const deliver = (path: string) => fetch(`${baseUrl}/v1${path}`, { headers: { Authorization: `Bearer ${key}` } })
  const headsList = async (slug: string) => {
    const response = await deliver('/posts')
    const { docs } = (await response.json()) as { docs: { slug: string }[] }
    return docs[0]?.slug === slug
  }
  const samples: PublishSample[] = []
  for (const draft of drafts) {
    await workflow({ action: 'submit', baseUrl, id: draft.id, token: tokens.marketer })
    for (const waiver of draft.waivers) {
      await workflow({ action: 'waive', baseUrl, body: waiver, id: draft.id, token: tokens.editor })
    }
    await workflow({
      action: 'sign-off',
      baseUrl,
      body: { checked: draft.checked, note: 'Benchmark run.' },
      id: draft.id,
      token: tokens.editor,
    })
    // Warm the list, so "visible in the list" measures the cache being dropped, not a first fill.
    await headsList(draft.slug)
    await headsList(draft.slug)
    const start = Date.now()
    await workflow({ action: 'publish', baseUrl, id: draft.id, token: tokens.marketer })
    const publishCallMs = Date.now() - start
    const [postMs, listMs] = await Promise.all([
      waitUntil(async () => (await deliver(`/posts/${draft.slug}`)).status === 200, start),
      waitUntil(() => headsList(draft.slug), start),
    ])
    samples.push({ listMs, postMs, publishCallMs })
    // Let the watchers settle between samples.
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  return samples
}
