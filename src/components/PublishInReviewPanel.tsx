'use client'
// Stands in Payload's "Publish changes" slot in the post edit view (admin.components.edit.PublishButton). Posts are
// published and scheduled only through the review workflow, so this button takes the user to the review panel,
// whose actions are exactly those the server allows, instead of saving the form as published beside them.
import { Button } from '@payloadcms/ui'
import React from 'react'

export const PublishInReviewPanel = () => (
  <Button
    buttonStyle="primary"
    id="action-review-and-publish"
    onClick={() =>
      document
        .querySelector('[data-testid="publish-blockers"]')
        ?.scrollIntoView({ behavior: 'smooth', block: 'center' })
    }
    size="medium"
    tooltip="Publishing and scheduling are in the Medical review panel, once an editor has signed the post off."
    type="button"
  >
    Review &amp; publish
  </Button>
)
