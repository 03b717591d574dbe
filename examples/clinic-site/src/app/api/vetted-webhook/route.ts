// Vetted's change notices (post.published, post.unpublished, reference.retracted), signed with the clinic's
// Standard Webhooks secret. A verified notice expires every cached Vetted answer, so the next visit to any page
// shows the change; anything unsigned, tampered with or replayed is refused and changes nothing.
import { revalidateTag } from 'next/cache'
import { Webhook, WebhookVerificationError } from 'standardwebhooks'

import { vettedTag } from '../../../vetted'

export async function POST(request: Request) {
  const secret = process.env.VETTED_WEBHOOK_SECRET
  if (!secret) return Response.json({ error: 'VETTED_WEBHOOK_SECRET is not set.' }, { status: 503 })
  const body = await request.text()
  try {
    new Webhook(secret).verify(body, Object.fromEntries(request.headers))
  } catch (error) {
    if (error instanceof WebhookVerificationError) return Response.json({ error: error.message }, { status: 401 })
    throw error
  }
  revalidateTag(vettedTag, { expire: 0 })
  return new Response(null, { status: 204 })
}
