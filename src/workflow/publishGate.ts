// The publish gate's Payload side: loads what the post shows (library entries and images included) and asks
// findPublishBlockers what stands in the way. The gate hook, the sign-off action and the review panel call this.
import type { PayloadRequest } from 'payload'

import type { Post } from '@/payload-types'

import type { LoadedShownContent } from './loadShownContent'
import type { Blocker } from './publishBlockers'
import type { PostShownFields } from './shownContent'

import { loadShownContent } from './loadShownContent'
import { findPublishBlockers } from './publishBlockers'

type PostContent = PostShownFields & Pick<Post, 'signOff' | 'waivers'>

export const publishBlockersFor = async ({
  loaded,
  post,
  req,
}: {
  /** What the post shows, when the caller has loaded it already. */
  loaded?: LoadedShownContent
  post: PostContent
  req: PayloadRequest
}): Promise<Blocker[]> => {
  const { library, shown } = loaded ?? (await loadShownContent({ post, req }))
  return findPublishBlockers({
    library,
    now: new Date(),
    shown,
    signOff: post.signOff,
    waivers: (post.waivers ?? []).map(({ key, note }) => ({ key, note })),
  })
}
