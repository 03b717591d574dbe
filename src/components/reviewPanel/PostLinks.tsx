// The review panel's links out: the preview of the saved version, and once a version is live, its page on the
// clinic's site (the address siteAddressesOf gives, as delivery does), or why there is none.
import React from 'react'

import { previewPathOf } from '@/preview/previewPathOf'

type Props = {
  id: string
  isLive: boolean
  /** The live version's public address; null when the clinic has no site address. */
  liveUrl: null | string
}

export const PostLinks = ({ id, isLive, liveUrl }: Props) => (
  <p
    data-testid="post-links"
    style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', margin: '0 0 calc(var(--base) / 2)' }}
  >
    <a data-testid="open-preview" href={previewPathOf(id)} rel="noopener" target="_blank">
      Open preview
    </a>
    {isLive &&
      (liveUrl ? (
        <a data-testid="view-live" href={liveUrl} rel="noopener noreferrer" target="_blank">
          View on the clinic site
        </a>
      ) : (
        <span data-testid="no-site-address">
          Live, but the clinic has no site address yet: an admin can add its domain in the clinic settings.
        </span>
      ))}
  </p>
)
