// GET /v1/topics/:slug — one topic with how many of this clinic's published posts it has (its posts are
// /v1/posts?topic=<slug>).
import type { RouteFill } from '../route'

import { noParams, parseParams, slugPathParam } from '../params'
import { problem } from '../problem'
import { topicBySlug } from '../queries/topicBySlug'
import { json } from '../route'
import { countedTopic } from './listTopics'

export const getTopic: RouteFill = async ({ clinic, delivery: { payload }, pathParams, url }) => {
  const parsed = parseParams(noParams, url)
  if ('problem' in parsed) return parsed.problem
  const notFound = problem.notFound('There is no topic with this slug.')
  if (!slugPathParam.safeParse(pathParams.slug).success) return notFound
  const topic = await topicBySlug(payload, pathParams.slug)
  if (!topic) return notFound
  return json(await countedTopic(payload, clinic, topic))
}
