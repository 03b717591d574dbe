// The admin navigation's link to the review queue, for medical editors and admins.
import type { ServerProps } from 'payload'

import React from 'react'

import { isEditor } from '../access/roles'

export const ReviewQueueLink = ({ user }: ServerProps) =>
  isEditor(user) ? (
    <a
      className="nav__link"
      data-testid="nav-review-queue"
      href="/admin/review-queue"
      style={{ display: 'block', padding: '4px 0' }}
    >
      Review queue
    </a>
  ) : null
