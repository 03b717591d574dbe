// Query parameters of /v1, validated against an allow-list: an unknown, repeated or malformed parameter is a 400
// naming it, never a silent default or a 500.
import { z } from 'zod'

import { type Problem, problem } from './problem'

const slugParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and hyphens')
  .max(120)

/** Parameters every route accepts: the key (for feed readers) and an optional clinic slug the key must match. */
const common = { clinic: slugParam.optional(), key: z.string().optional() }

export const listPostsParams = z.strictObject({
  ...common,
  author: slugParam.optional(),
  limit: z.coerce
    .number('must be a number')
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(50, 'must be at most 50')
    .default(10),
  page: z.coerce
    .number('must be a number')
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(10_000, 'must be at most 10000')
    .default(1),
  // Search matches whole words through the rows' indexed terms (readModel/indexedFieldsOf); % _ and \ separate
  // words, so none of them can act as a wildcard in the one LIKE it still uses. What remains must be a real search.
  q: z
    .string()
    .max(100, 'must be at most 100 characters')
    .transform((value) => value.replace(/[%_\\]+/g, ' ').trim())
    .pipe(z.string().min(2, 'must have at least 2 letters or digits besides % _ and \\'))
    .optional(),
  topic: slugParam.optional(),
})

export const noParams = z.strictObject(common)

export type ListPostsParams = z.output<typeof listPostsParams>
export type NoParams = z.output<typeof noParams>

/**
 * Parameters a link or a script adds that mean nothing to /v1: campaign tags (utm_*, fbclid, gclid, msclkid) and
 * jQuery's cache-buster `_`. Ignored by every route and left out of cache keys, so they neither fail a request nor
 * fill the cache.
 */
export const isIgnoredParam = (name: string): boolean =>
  name.startsWith('utm_') || name === '_' || name === 'fbclid' || name === 'gclid' || name === 'msclkid'

/** The parameters that decide an answer: all but the key (which only names the clinic) and the ignored ones. */
export const decidingParamsOf = (url: URL): [string, string][] =>
  [...url.searchParams].filter(([name]) => name !== 'key' && !isIgnoredParam(name))

export type ParseResult<T> = { data: T } | { problem: Problem }

export const parseParams = <T>(schema: z.ZodType<T>, url: URL): ParseResult<T> => {
  const given = [...url.searchParams].filter(([name]) => !isIgnoredParam(name))
  const names = given.map(([name]) => name)
  const repeated = names.find((name, index) => names.indexOf(name) !== index)
  if (repeated) return { problem: problem.badParameter(repeated, 'is given more than once') }
  const result = schema.safeParse(Object.fromEntries(given))
  if (result.success) return { data: result.data }
  const issue = result.error.issues[0]
  if (issue.code === 'unrecognized_keys')
    return { problem: problem.badParameter(issue.keys[0], 'is not a parameter of this route') }
  return { problem: problem.badParameter(String(issue.path[0] ?? 'query'), issue.message) }
}

export const slugPathParam = slugParam
