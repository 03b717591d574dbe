import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'

import { signWebhook } from '@/webhooks/signWebhook'

import { generateWebhookSecret } from '../../collections/Clinics/hooks/generateWebhookSecret'

const generate = (value: unknown, existing?: string) =>
  generateWebhookSecret({ originalDoc: { webhooks: { secret: existing } }, value } as never) as string

describe('signWebhook', () => {
  it('matches the Standard Webhooks test vector', () => {
    const signed = signWebhook({
      body: '{"test": 2432232314}',
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      timestamp: 1614265330,
    })
    expect(signed).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=')
  })

  it('is accepted by the standardwebhooks library for a freshly generated clinic secret', () => {
    const secret = generate(undefined)
    const [body, id, timestamp] = ['{"type":"post.published"}', 'msg_1', Math.floor(Date.now() / 1000)]
    const headers = {
      'webhook-id': id,
      'webhook-signature': signWebhook({ body, id, secret, timestamp }),
      'webhook-timestamp': String(timestamp),
    }
    expect(new Webhook(secret).verify(body, headers)).toEqual({ type: 'post.published' })
  })
})

describe('generateWebhookSecret', () => {
  it('makes a whsec_ secret of 32 random bytes, and keeps an existing one', () => {
    const secret = generate(undefined)
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32)
    expect(generate(undefined, secret)).toBe(secret)
    expect(generate('', secret)).toBe(secret)
  })

  it('rewrites a secret from before the prefix (base64url) with the same key bytes, so signatures do not change', () => {
    const legacy = Buffer.alloc(32, 0xfb).toString('base64url')
    const rewritten = generate(legacy)
    expect(rewritten).toBe(`whsec_${Buffer.alloc(32, 0xfb).toString('base64')}`)
    const message = { body: '{}', id: 'msg_1', timestamp: 1_700_000_000 }
    expect(signWebhook({ ...message, secret: rewritten })).toBe(signWebhook({ ...message, secret: legacy }))
  })
})
