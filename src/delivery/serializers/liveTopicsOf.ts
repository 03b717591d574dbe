import type { Topic } from '@/payload-types'

import { populated } from './populated'

/** The populated topics of a post that are not in the trash. */
export const liveTopicsOf = (topics: (string | Topic)[] | null | undefined): Topic[] =>
  (topics ?? []).flatMap((topic) => {
    const doc = populated<Topic>(topic)
    return doc && !doc.deletedAt ? [doc] : []
  })
