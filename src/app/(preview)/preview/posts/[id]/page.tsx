/* A post's preview as a clinic site renders it (src/preview/renderPreview), for whoever may read the post. */
import config from '@payload-config'
import { headers as requestHeaders } from 'next/headers'
import { notFound } from 'next/navigation'
import { createLocalReq, getPayload } from 'payload'
import React from 'react'

import { RefreshOnSave } from '@/preview/RefreshOnSave'
import { renderPreview } from '@/preview/renderPreview'

// A draft, read with the signed-in user's rights: rendered for every request and never stored by a cache.
export const dynamic = 'force-dynamic'
export const fetchCache = 'force-no-store'

type Args = { params: Promise<{ id: string }> }

const Page = async ({ params }: Args) => {
  const [{ id }, headers, payload] = await Promise.all([params, requestHeaders(), getPayload({ config })])
  const { user } = await payload.auth({ headers })
  // Signed out, or a post the user may not read: the same 404, so a guessed id tells nothing.
  if (!user) notFound()
  const preview = await renderPreview({ id, req: await createLocalReq({ user }, payload) })
  if (!preview) notFound()
  return (
    <main>
      <RefreshOnSave />
      {/* Escaped text and the delivery renderer's sanitised HTML (previewMarkup): nothing here is the post's own markup. */}
      <div dangerouslySetInnerHTML={{ __html: preview.html }} />
    </main>
  )
}

export default Page
