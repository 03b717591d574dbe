'use client'
// Runs one review action on the server and refreshes the document: the panel then shows what the server decided.
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

import type { WorkflowAction } from '@/workflow/transitions'

export type RunAction = (
  action: WorkflowAction,
  body?: { checked?: string[]; editor?: null | string; key?: string; note?: string; publishAt?: string },
) => Promise<boolean>

export const useWorkflowAction = ({ id }: { id: string }) => {
  const router = useRouter()
  const [error, setError] = useState<null | string>(null)
  const [isSending, setIsSending] = useState(false)
  const [isRefreshing, startRefresh] = useTransition()

  const run: RunAction = async (action, body = {}) => {
    setIsSending(true)
    setError(null)
    try {
      const response = await fetch(`/api/posts/${id}/workflow/${action}`, {
        body: JSON.stringify(body),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      if (response.ok) {
        // A soft refresh re-renders the edit view on the server; Payload's form replaces its state with the new
        // document (its initialState changes), so the panel and the workflow fields follow without a page load.
        startRefresh(() => router.refresh())
        return true
      }
      const result = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
      setError(result.errors?.map((item) => item.message).join('\n') ?? `The ${action} failed (${response.status}).`)
      return false
    } catch {
      setError(`The ${action} could not reach the server. Check the connection and try again.`)
      return false
    } finally {
      setIsSending(false)
    }
  }
  return { error, isBusy: isSending || isRefreshing, run }
}
