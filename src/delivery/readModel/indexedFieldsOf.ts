// What a delivery row carries beside the rendered JSON: the columns /v1 filters, sorts and searches by, and
// every document the rendering read, so that a change to any of them marks the row stale.
import type { Where } from 'payload'

import type { Clinic } from '@/payload-types'

import { liveTopicsOf } from '@/delivery/serializers/liveTopicsOf'
import { populated } from '@/delivery/serializers/populated'
import { idOf } from '@/utilities/idOf'
import { isClaimUsable } from '@/workflow/claimUsability'
import { bodyImageIds } from '@/workflow/shownContent'

import type { LivePostInputs } from './loadLivePost'

/** Lower-cased words of a text, as `q` is matched: letters and digits, accents kept, at least two characters. */
export const searchTermsOf = (text: string): string[] => [
  ...new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 2),
  ),
]

/**
 * The conditions for rows whose title or excerpt has every word of `q`: the longest word (likely the rarest) is
 * matched through the index on terms, the others on those rows' termsText. Words hold only letters and digits,
 * and "~" is neither a LIKE wildcard nor special in MongoDB's regular expressions.
 */
export const searchConditionsOf = (q: string): Where[] => {
  const words = searchTermsOf(q).sort((a, b) => b.length - a.length)
  if (!words.length) return [{ id: { exists: false } }]
  const [indexed, ...rest] = words
  return [{ terms: { equals: indexed } }, ...rest.map((word) => ({ termsText: { like: `~${word}~` } }))]
}

const idsOf = (values: unknown[]): string[] => values.filter((value) => value != null).map(idOf)

export const dependencyOf = (collection: string, id: unknown): string => `${collection}:${idOf(id)}`

export const indexedFieldsOf = (
  { claims, post, references, reviewerProfile }: LivePostInputs,
  clinic: Clinic,
  now: Date,
) => {
  const author = populated(post.author)
  const usable = claims.filter((claim) => isClaimUsable(claim, now) && claim.reReviewBy)
  const validUntil = usable.map((claim) => String(claim.reReviewBy)).sort()[0] ?? null
  const images = idsOf([
    post.heroImage,
    post.seo?.image,
    author?.photo,
    reviewerProfile?.photo,
    clinic.logo,
    ...bodyImageIds(post.body),
  ])
  const dependsOn = [
    dependencyOf('clinics', clinic.id),
    ...idsOf([post.author, reviewerProfile]).map((id) => dependencyOf('authors', id)),
    ...idsOf([post.signOff?.signedOffBy]).map((id) => dependencyOf('users', id)),
    ...idsOf(post.topics ?? []).map((id) => dependencyOf('topics', id)),
    ...idsOf([...references, ...(post.citedReferences ?? [])]).map((id) => dependencyOf('references', id)),
    ...idsOf([...claims, ...(post.claimsUsed ?? [])]).map((id) => dependencyOf('claims', id)),
    ...images.map((id) => dependencyOf('media', id)),
  ]
  const terms = searchTermsOf(`${post.title} ${post.excerpt ?? ''}`)
  return {
    author: author ? author.id : post.author ? idOf(post.author) : null,
    dependsOn: [...new Set(dependsOn)],
    noIndex: Boolean(post.seo?.noIndex),
    postCreatedAt: post.createdAt,
    postUpdatedAt: post.updatedAt,
    publishedAt: post.publishedAt ?? null,
    terms,
    termsText: `~${terms.join('~')}~`,
    topics: liveTopicsOf(post.topics).map((topic) => topic.id),
    validUntil,
  }
}
