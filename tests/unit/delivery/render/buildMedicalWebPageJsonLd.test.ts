import { describe, expect, it } from 'vitest'

import type { MedicalWebPageInput } from '../../../../src/delivery/render/buildMedicalWebPageJsonLd'

import { buildMedicalWebPageJsonLd } from '../../../../src/delivery/render/buildMedicalWebPageJsonLd'
import { authors, clinics, posts, topics } from '../../../../src/seed/data/content'
import { users } from '../../../../src/seed/data/users'
import { fdaAnnouncement, seedReference } from './seedLibrary'

const clinic = clinics.find((candidate) => candidate.slug === 'harbor-light')!
const post = posts.find((candidate) => candidate.slug === 'ketamine-and-suicidal-thoughts')!
const author = authors.find((candidate) => candidate.slug === post.author)!
const editor = users.find((user) => user.roles.includes('editor'))!
const wilkinson = seedReference('10.1176/appi.ajp.2017.17040472')
const postUrl = 'https://harborlightketamine.example/blog/ketamine-and-suicidal-thoughts'
const media = 'https://cms.vetted.example/v1/media'

const input = (overrides: Partial<MedicalWebPageInput> = {}): MedicalWebPageInput => ({
  author,
  clinic,
  image: {
    alt: 'A calm treatment room',
    height: 1500,
    sizes: { social: { height: 630, url: `${media}/room-1200x630.jpg`, width: 1200 } },
    srcset: `${media}/room.jpg 2400w`,
    url: `${media}/room.jpg`,
    width: 2400,
  },
  logo: {
    alt: 'Harbor Light logo',
    height: 200,
    sizes: {},
    srcset: `${media}/harbor-light-logo.png 200w`,
    url: `${media}/harbor-light-logo.png`,
    width: 200,
  },
  post: {
    excerpt: post.excerpt,
    lastReviewedAt: '2026-03-02T15:04:05.000Z',
    publishedAt: '2026-03-03T09:00:00.000Z',
    seo: post.seo,
    title: post.title,
    updatedAt: '2026-03-04T10:30:00.000Z',
  },
  references: [wilkinson, fdaAnnouncement()],
  reviewer: { credentials: { ...editor.credentials, verifiedAt: '2026-01-15T00:00:00.000Z' }, name: editor.name },
  topics: topics.filter((topic) => post.topics.includes(topic.slug)),
  url: postUrl,
  ...overrides,
})

describe('buildMedicalWebPageJsonLd', () => {
  it('describes the page, its author, its medical reviewer and when it was last reviewed', () => {
    // Act
    const jsonLd = buildMedicalWebPageJsonLd(input())

    // Assert
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      author: { '@type': 'Person', honorificSuffix: 'LCSW', jobTitle: 'Integration Therapist', name: 'David Okafor' },
      dateModified: '2026-03-04T10:30:00.000Z',
      datePublished: '2026-03-03T09:00:00.000Z',
      description: post.seo.description,
      headline: 'Ketamine and Suicidal Thoughts: A Careful Look',
      lastReviewed: '2026-03-02',
      reviewedBy: { '@type': 'Person', honorificSuffix: 'MD', knowsAbout: 'Psychiatry', name: 'Dr. Priya Natarajan' },
      url: postUrl,
    })
  })

  it('names the clinic as the publisher, with its site and logo, and the social-size image, each with its pixels', () => {
    // Act
    const jsonLd = buildMedicalWebPageJsonLd(input())

    // Assert
    expect(jsonLd).toMatchObject({
      image: {
        '@type': 'ImageObject',
        caption: 'A calm treatment room',
        height: 630,
        url: `${media}/room-1200x630.jpg`,
        width: 1200,
      },
      publisher: {
        '@type': 'MedicalClinic',
        logo: {
          '@type': 'ImageObject',
          caption: 'Harbor Light logo',
          height: 200,
          url: `${media}/harbor-light-logo.png`,
          width: 200,
        },
        name: 'Harbor Light Ketamine Center',
        url: 'https://harborlightketamine.example/',
      },
    })
  })

  it('takes what the post is about and its keywords from its topics', () => {
    // Act
    const jsonLd = buildMedicalWebPageJsonLd(input())

    // Assert
    expect(jsonLd).toMatchObject({
      about: [
        { '@type': 'Thing', name: 'Depression' },
        { '@type': 'Thing', name: 'Suicidal ideation' },
      ],
      keywords: 'Depression, Suicidal ideation',
    })
  })

  it('cites each work as a ScholarlyArticle or NewsArticle with its authors, year, DOI and PubMed addresses', () => {
    // Act
    const { citation } = buildMedicalWebPageJsonLd(input()) as unknown as { citation: unknown[] }

    // Assert
    expect(citation).toHaveLength(2)
    expect(citation[0]).toEqual({
      '@type': 'ScholarlyArticle',
      author: [
        { '@type': 'Person', familyName: 'Wilkinson', givenName: 'ST', name: 'ST Wilkinson' },
        { '@type': 'Person', familyName: 'Ballard', givenName: 'ED', name: 'ED Ballard' },
        { '@type': 'Person', familyName: 'Bloch', givenName: 'MH', name: 'MH Bloch' },
        { '@type': 'Person', familyName: 'Mathew', givenName: 'SJ', name: 'SJ Mathew' },
        { '@type': 'Person', familyName: 'Murrough', givenName: 'JW', name: 'JW Murrough' },
        { '@type': 'Person', familyName: 'Feder', givenName: 'A', name: 'A Feder' },
      ],
      datePublished: '2018',
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1176/appi.ajp.2017.17040472' },
        { '@type': 'PropertyValue', propertyID: 'PMID', value: '28969441' },
      ],
      isPartOf: { '@type': 'Periodical', name: 'Am J Psychiatry' },
      name: 'The effect of a single dose of intravenous ketamine on suicidal ideation: a systematic review and individual participant data meta-analysis',
      sameAs: ['https://doi.org/10.1176/appi.ajp.2017.17040472', 'https://pubmed.ncbi.nlm.nih.gov/28969441/'],
      url: 'https://doi.org/10.1176/appi.ajp.2017.17040472',
    })
    expect(citation[1]).toEqual({
      '@type': 'NewsArticle',
      author: [],
      datePublished: '2019',
      name: fdaAnnouncement().title,
      publisher: { '@type': 'Organization', name: 'U.S. Food and Drug Administration' },
      url: fdaAnnouncement().url,
    })
  })

  it.each([['unvetted'], ['rejected'], ['retracted']] as const)('never cites a %s work', (vettingStatus) => {
    // Act
    const { citation } = buildMedicalWebPageJsonLd(
      input({ references: [{ ...wilkinson, vettingStatus }, fdaAnnouncement()] }),
    ) as unknown as { citation: { name: string }[] }

    // Assert
    expect(citation.map(({ name }) => name)).toEqual([fdaAnnouncement().title])
  })

  it('claims no credentials for a reviewer whose licence nobody has verified', () => {
    // Act
    const jsonLd = buildMedicalWebPageJsonLd(
      input({ reviewer: { credentials: { ...editor.credentials, verifiedAt: null }, name: editor.name } }),
    )

    // Assert
    expect(JSON.parse(JSON.stringify(jsonLd)).reviewedBy).toEqual({ '@type': 'Person', name: 'Dr. Priya Natarajan' })
  })

  it('leaves out what it cannot state: no reviewer, no author, no images', () => {
    // Act
    const jsonLd = buildMedicalWebPageJsonLd(
      input({
        author: null,
        image: null,
        logo: null,
        reviewer: null,
      }),
    )

    // Assert
    const parsed = JSON.parse(JSON.stringify(jsonLd))
    expect(parsed.author).toBeUndefined()
    expect(parsed.reviewedBy).toBeUndefined()
    expect(parsed.image).toBeUndefined()
    expect(parsed.publisher).toEqual({
      '@type': 'MedicalClinic',
      name: 'Harbor Light Ketamine Center',
      url: 'https://harborlightketamine.example/',
    })
  })

  it('falls back to the excerpt when the post has no SEO description', () => {
    // Act
    const jsonLd = buildMedicalWebPageJsonLd(input({ post: { ...input().post, seo: null } }))

    // Assert
    expect(jsonLd).toMatchObject({ description: post.excerpt })
  })
})
