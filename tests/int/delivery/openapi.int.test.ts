// /v1/openapi.json is a valid OpenAPI 3.1 document, describes every route the router has, and real responses of
// every kind (successes and each error) match the schemas it gives for them.
import { Validator } from '@seriousme/openapi-schema-validator'
import addFormats from 'ajv-formats'
import Ajv2020 from 'ajv/dist/2020.js'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'

type Document = {
  components: Record<string, unknown>
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>
}

const suite = bootNetwork()
let keyA: string
let document: Document

beforeAll(async () => {
  await suite.booted.payload.update({
    collection: 'clinics',
    data: { domains: ['harbor-light.example'] },
    id: suite.network.clinicA.id,
    overrideAccess: true,
  })
  keyA = (
    await issueKeyAsAdmin({
      admin: suite.network.users.admin,
      baseUrl: suite.booted.baseUrl,
      clinicId: suite.network.clinicA.id,
      rateLimitPerMinute: 1000,
    })
  ).key
  document = (await (await fetch(`${suite.booted.baseUrl}/v1/openapi.json`)).json()) as Document
})

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(document as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('describes every route of the router', async () => {
    const { deliveryRouter } = await import('@/delivery/router')
    const { createDelivery } = await import('@/delivery/delivery')
    const delivery = createDelivery({ payload: suite.booted.payload })
    const routes = (deliveryRouter(delivery) as unknown as { stack: { route?: { path: string } }[] }).stack.flatMap(
      (layer) => (layer.route ? [layer.route.path] : []),
    )
    delivery.stop()
    const documented = Object.keys(document.paths).map((path) => path.replace(/\{(\w+)\}/g, ':$1'))
    expect(routes.sort()).toEqual(documented.sort())
  })

  const cases: [string, string, boolean][] = [
    ['/posts', '200', true],
    ['/posts?topic=depression&limit=5', '200', true],
    ['/posts/published-a', '200', true],
    ['/authors/author-a', '200', true],
    ['/authors', '200', true],
    ['/health', '200', false],
    ['/topics', '200', true],
    ['/topics/depression', '200', true],
    ['/topics/no-such-topic', '404', true],
    ['/clinic', '200', true],
    ['/feed.json', '200', true],
    ['/posts?limit=500', '400', true],
    ['/posts', '401', false],
    ['/posts?clinic=clinic-b', '403', true],
    ['/posts/draft-a', '404', true],
    ['/authors/author-b', '404', true],
  ]
  it.each(cases)('GET %s answers %s with a body matching the document', async (path, status, withKey) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    ajv.addSchema({ $id: 'https://vetted.example/openapi.json', components: document.components })
    const response = await deliver(suite.booted.baseUrl, path, withKey ? keyA : undefined)
    expect(String(response.status)).toBe(status)
    const template = Object.keys(document.paths).find((candidate) =>
      new RegExp(`^${candidate.replace(/\{\w+\}/g, '[^/]+')}$`).test(path.split('?')[0]),
    )!
    const described = document.paths[template].get.responses[status]
    expect(described).toBeDefined()
    const [mediaType, { schema }] = Object.entries(described.content ?? {})[0]
    expect(response.headers.get('content-type')).toContain(mediaType)
    const validate = ajv.compile(
      JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components', '"https://vetted.example/openapi.json#/components'),
      ) as object,
    )
    const isValid = validate(await response.json())
    expect(validate.errors ?? []).toEqual([])
    expect(isValid).toBe(true)
  })
})

describe('methods the API does not take', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    '%s on every documented path answers 405 as components.responses.MethodNotAllowed says',
    async (method) => {
      // Setup: the documented answer, its Allow header's methods and its body's schema
      const described = (document.components as { responses: Record<string, { content: object; headers: object }> })
        .responses.MethodNotAllowed
      const allowed = /: ([A-Z, ]+)\.$/.exec(
        (described.headers as { Allow: { description: string } }).Allow.description,
      )?.[1]
      const ajv = new Ajv2020({ allErrors: true, strict: false })
      addFormats(ajv)
      ajv.addSchema({ $id: 'https://vetted.example/openapi.json', components: document.components })
      const validate = ajv.compile({ $ref: 'https://vetted.example/openapi.json#/components/schemas/Problem' })
      for (const template of Object.keys(document.paths)) {
        const path = template.replace('{slug}', 'published-a').replace('{filename}', 'logo.png')
        // Action
        const response = await fetch(`${suite.booted.baseUrl}/v1${path}`, {
          headers: { Authorization: `Bearer ${keyA}` },
          method,
        })
        // Assert
        expect(response.status, `${method} ${path}`).toBe(405)
        expect(response.headers.get('allow')).toBe(allowed)
        expect(validate(await response.json()), JSON.stringify(validate.errors)).toBe(true)
      }
    },
  )
})
