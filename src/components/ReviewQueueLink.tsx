// The admin navigation's link to the review queue, for medical editors and admins.
import type { ServerProps } from 'payload'

import React from 'react'

import { isEditorOrAdmin } from '@/access/roles'

export const ReviewQueueLink = ({ user }: ServerProps) =>
  isEditorOrAdmin(user) ? (
    <a
      className="nav__link"
      data-testid="nav-review-queue"
      href="/admin/review-queue"
      style={{ display: 'block', padding: '4px 0' }}
    >
      Review queue
    </a>
  ) : null
