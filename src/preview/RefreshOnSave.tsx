'use client'
// Payload's live preview of a server-rendered page: the admin posts `payload-document-event` to the frame on every
// save and autosave once the frame has said it is ready (`payload-live-preview` with `ready`); the page then
// re-renders on the server. Only messages from the admin window of this origin count.
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export const RefreshOnSave = () => {
  const router = useRouter()
  useEffect(() => {
    const admin = window.opener ?? (window.parent === window ? null : window.parent)
    if (!admin) return
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== admin) return
      if ((event.data as { type?: unknown } | null)?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    admin.postMessage({ ready: true, type: 'payload-live-preview' }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
