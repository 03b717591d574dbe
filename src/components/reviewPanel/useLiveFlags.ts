'use client'
// The flagged sentences as the writer types: shortly after the body, title or excerpt change in the form, the
// server scans the unsaved text (POST /api/posts/:id/flags, the publish gate's own rule) and the list follows.
// A newer render from the server (after a save or a review action) replaces it.
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { FlagLine } from '@/workflow/flaggedSentences'

const pauseMs = 800

export const useLiveFlags = ({ id, saved }: { id: string; saved: FlagLine[] }): FlagLine[] => {
  const body = useFormFields(([fields]) => fields.body?.value)
  const title = useFormFields(([fields]) => fields.title?.value)
  const excerpt = useFormFields(([fields]) => fields.excerpt?.value)
  const [flags, setFlags] = useState(saved)
  const savedKey = JSON.stringify(saved)
  useEffect(() => setFlags(JSON.parse(savedKey) as FlagLine[]), [savedKey])

  const typed = JSON.stringify({ body, excerpt, title })
  const lastScanned = useRef(typed)
  useEffect(() => {
    if (typed === lastScanned.current) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      lastScanned.current = typed
      void fetch(`/api/posts/${id}/flags`, {
        body: typed,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
        signal: controller.signal,
      })
        .then(async (response) => {
          if (response.ok) setFlags(((await response.json()) as { flags: FlagLine[] }).flags)
        })
        // Offline or aborted by newer typing: the list stays as it was until the next scan.
        .catch(() => undefined)
    }, pauseMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [id, typed])
  return flags
}
