// Every image address a clinic site is given loads for the public: images inside a post's body, the hero and the
// clinic's logo in the JSON-LD, and each size of them. Each is served from /v1/media (Payload's /api/media/file needs
// a login), carries its width and height, and a `srcset` offers only the sizes that keep the original's shape.
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'
import { withBlocks } from '../../helpers/lexicalBodies'
import { publishPostOfA } from '../../helpers/publishing'

const suite = bootNetwork()
let key: string
let slug: string
let draftImage: { filename: string }

type Article = { heroImage: { srcset: string; url: string; width: number }; html: string; jsonLd: string }

const photo = async (name: string) => {
  const data = await sharp({ create: { background: '#88aa44', channels: 3, height: 1500, width: 2400 } })
    .jpeg()
    .toBuffer()
  return { data, mimetype: 'image/jpeg', name, size: data.length }
}

const bodyWithImage = (mediaId: string, text: string) => {
  const body = withBlocks(text, { blockType: 'citation', reference: suite.network.reference.id }) as unknown as {
    root: { children: unknown[] }
  }
  body.root.children.push({ fields: null, format: '', relationTo: 'media', type: 'upload', value: mediaId, version: 3 })
  return body as never
}

/** The path of a /v1 address, to ask this test's server for it. */
const pathOf = (url: string) => {
  expect(url).toMatch(/^https?:\/\/[^/]+\/v1\/media\/[\w.-]+$/)
  return new URL(url).pathname.slice('/v1'.length)
}

const expectPublicImage = async (url: string) => {
  const response = await deliver(suite.booted.baseUrl, pathOf(url))
  expect(response.status, url).toBe(200)
  expect(response.headers.get('content-type'), url).toMatch(/^image\//)
}

beforeAll(async () => {
  const { payload } = suite.booted
  const asOwner = { overrideAccess: false, user: suite.network.users.marketerA }
  const [inBody, hero, logo, onlyInDraft] = await Promise.all(
    ['in-body', 'hero', 'logo', 'draft-only'].map(async (name) =>
      payload.create({
        collection: 'media',
        data: { alt: `The ${name} image`, clinic: suite.network.clinicA.id },
        file: await photo(`${name}.jpg`),
        ...asOwner,
      }),
    ),
  )
  draftImage = { filename: onlyInDraft.filename! }
  await payload.update({
    collection: 'clinics',
    data: { domains: ['harbor-light.example'], logo: logo.id },
    id: suite.network.clinicA.id,
    overrideAccess: true,
  })
  const post = await publishPostOfA({
    fields: { body: bodyWithImage(inBody.id, 'A sentence that cites.'), heroImage: hero.id },
    network: suite.network,
    payload,
  })
  slug = post.slug
  await payload.create({
    collection: 'posts',
    data: {
      body: bodyWithImage(onlyInDraft.id, 'Not reviewed yet.'),
      clinic: suite.network.clinicA.id,
      slug: 'draft-with-image',
      title: 'A draft with an image',
    },
    draft: true,
    ...asOwner,
  })
  key = (
    await issueKeyAsAdmin({
      admin: suite.network.users.admin,
      baseUrl: suite.booted.baseUrl,
      clinicId: suite.network.clinicA.id,
      rateLimitPerMinute: 1000,
    })
  ).key
})

const article = async () => {
  const response = await deliver(suite.booted.baseUrl, `/posts/${slug}`, key)
  expect(response.status).toBe(200)
  return (await response.json()) as Article
}

describe('images a clinic site is given', () => {
  it('in the body: every src and srcset address is under /v1/media and loads without a key', async () => {
    const { html } = await article()
    const addresses = [
      ...[...html.matchAll(/\ssrc="([^"]+)"/g)].map((match) => match[1]),
      ...[...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((match) =>
        match[1].split(',').map((candidate) => candidate.trim().split(/\s+/)[0]),
      ),
    ]
    expect(addresses.length).toBeGreaterThan(1)
    for (const url of new Set(addresses)) await expectPublicImage(url)
    expect(html).toMatch(/<img [^>]*width="\d+"[^>]*height="\d+"|<img [^>]*height="\d+"[^>]*width="\d+"/)
  })

  it('carries a strong validator: a browser that holds the image gets 304 without the bytes', async () => {
    const { heroImage } = await article()
    const first = await deliver(suite.booted.baseUrl, pathOf(heroImage.url))
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/)
    const again = await deliver(suite.booted.baseUrl, pathOf(heroImage.url), undefined, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('offers in srcset only the sizes of the original’s shape, each with its width', async () => {
    const { heroImage, html } = await article()
    // 2400×1500 is 16:10; the square thumbnail, the 3:2 card and the 1200×630 social card are crops.
    const widths = heroImage.srcset
      .split(',')
      .map((candidate) => Number(candidate.trim().split(/\s+/)[1]?.replace('w', '')))
    expect(widths).toEqual([1920, 2400])
    expect(html).not.toContain('<source')
    for (const candidate of heroImage.srcset.split(',')) await expectPublicImage(candidate.trim().split(/\s+/)[0])
  })

  it('in the JSON-LD: the page image and the publisher’s logo are public, with width and height', async () => {
    type Pixels = { height: number; url: string; width: number }
    const graph = (
      JSON.parse((await article()).jsonLd) as { '@graph': ({ '@type': string } & Record<string, Pixels>)[] }
    )['@graph']
    const jsonLd = {
      image: graph.find((node) => node['@type'] === 'BlogPosting')!.image,
      logo: graph.find((node) => node['@type'] === 'MedicalClinic')!.logo,
    }
    for (const image of [jsonLd.image, jsonLd.logo]) {
      await expectPublicImage(image.url)
      expect(image.width).toBeGreaterThan(0)
      expect(image.height).toBeGreaterThan(0)
    }
    // Rich results want the 1200×630 social card for the page.
    expect([jsonLd.image.width, jsonLd.image.height]).toEqual([1200, 630])
  })

  it('keeps an image only a draft shows private', async () => {
    const response = await deliver(suite.booted.baseUrl, `/media/${draftImage.filename}`)
    expect(response.status).toBe(404)
  })
})
