// The query string of a REST request, checked before Payload reads it: list paging must be sane numbers within
// the list limit, and no key may name an object's prototype machinery (qs drops such keys silently otherwise).
import type { Problem } from '@/delivery/problem'

import { problem } from '@/delivery/problem'

import { requestLimits } from './requestLimits'

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype'])

const isWholeNumber = (value: string) => /^\d{1,9}$/.test(value)

export const restQueryProblem = ({
  method,
  searchParams,
}: {
  method: string
  searchParams: URLSearchParams
}): null | Problem => {
  // limit=0 means "no limit": a list may not ask for it, but the admin's bulk edits and deletes (PATCH, DELETE
  // with a where) do, and they act only on what the user may change.
  const lowestLimit = method === 'GET' ? 1 : 0
  for (const [key, value] of searchParams) {
    const segments = key.split(/[[\].]+/).filter(Boolean)
    const forbidden = segments.find((segment) => forbiddenKeys.has(segment))
    if (forbidden) return problem.badParameter(key, `"${forbidden}" may not be used as a name in a query.`)
    if (
      key === 'limit' &&
      !(isWholeNumber(value) && Number(value) >= lowestLimit && Number(value) <= requestLimits.listLimit)
    )
      return problem.badParameter('limit', `must be a whole number from ${lowestLimit} to ${requestLimits.listLimit}.`)
    if (key === 'page' && !(isWholeNumber(value) && Number(value) >= 1))
      return problem.badParameter('page', 'must be a whole number of at least 1.')
  }
  return null
}
