// Clinics: webhook addresses that cannot reach inside our network, a signing secret only admins see,
// and settings validated with messages an admin understands.
import { afterEach, describe, expect, it } from 'vitest'

import { restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { expectInvalid } from '../../helpers/validation'

const suite = bootNetwork()
afterEach(() => {
  delete process.env.ALLOW_PRIVATE_WEBHOOKS
})

const updateClinic = (data: Record<string, unknown>) =>
  suite.booted.payload.update({
    collection: 'clinics',
    data: data as never,
    id: suite.network.clinicA.id,
    overrideAccess: true,
  })

describe('webhooks', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'https://10.0.0.5/hook',
    'http://[::1]/hook',
    'http://169.254.169.254/latest/meta-data',
  ])('refuses a webhook to the private address %s', async (url) => {
    const errors = await expectInvalid(() => updateClinic({ webhooks: { urls: [url] } }))
    expect(errors).toEqual([{ message: expect.stringContaining('private or local address'), path: 'webhooks.urls' }])
  })

  it('refuses a webhook that is not a web address', async () => {
    const errors = await expectInvalid(() => updateClinic({ webhooks: { urls: ['ftp://clinic.example/hook'] } }))
    expect(errors).toEqual([{ message: expect.stringContaining('https://'), path: 'webhooks.urls' }])
  })

  it('accepts a public webhook, and a private one only when ALLOW_PRIVATE_WEBHOOKS=true', async () => {
    expect(
      (await updateClinic({ webhooks: { urls: ['https://hooks.clinic-a.example/vetted'] } })).webhooks?.urls,
    ).toEqual(['https://hooks.clinic-a.example/vetted'])
    process.env.ALLOW_PRIVATE_WEBHOOKS = 'true'
    expect((await updateClinic({ webhooks: { urls: ['http://127.0.0.1:4000/hook'] } })).webhooks?.urls).toEqual([
      'http://127.0.0.1:4000/hook',
    ])
    await updateClinic({ webhooks: { urls: [] } })
  })

  it('gives every clinic a signing secret that only admins can read', async () => {
    const stored = await suite.booted.payload.findByID({
      collection: 'clinics',
      id: suite.network.clinicA.id,
      overrideAccess: true,
    })
    expect(stored.webhooks?.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    for (const role of ['marketerA', 'editor'] as const) {
      const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users[role] })
      const read = await rest.findByID('clinics', suite.network.clinicA.id)
      expect(read.isAllowed, role).toBe(true)
      expect(JSON.stringify(read.data), role).not.toContain(stored.webhooks?.secret as string)
    }
    const admin = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.admin })
    expect(JSON.stringify((await admin.findByID('clinics', suite.network.clinicA.id)).data)).toContain(
      stored.webhooks?.secret as string,
    )
  })

  it('keeps the secret when the clinic is edited', async () => {
    const before = await suite.booted.payload.findByID({
      collection: 'clinics',
      id: suite.network.clinicA.id,
      overrideAccess: true,
    })
    const after = await updateClinic({ phone: '555-0199' })
    expect(after.webhooks?.secret).toBe(before.webhooks?.secret)
  })
})

describe('clinic settings', () => {
  it.each([
    ['brandColour', 'teal', 'hex colour'],
    ['domains', ['https://clinic.example/blog'], 'host name'],
  ])('refuses an invalid %s with a message', async (field, value, phrase) => {
    const errors = await expectInvalid(() => updateClinic({ [field]: value }))
    expect(errors).toEqual([{ message: expect.stringContaining(phrase), path: field }])
  })

  it('fills in the 988 crisis line by default', async () => {
    const clinic = await suite.booted.payload.create({
      collection: 'clinics',
      data: { name: 'Fresh Clinic', slug: 'fresh-clinic' } as never,
      overrideAccess: true,
    })
    expect(clinic.crisisLine).toBe('Call or text 988')
  })
})
