import { describe, expect, it } from 'vitest'

import type { ArticleJsonLdInput } from '@/delivery/render/buildArticleJsonLd'

import { buildArticleJsonLd } from '@/delivery/render/buildArticleJsonLd'
import { authors, clinics, posts, topics } from '@/seed/data/content'
import { users } from '@/seed/data/users'

import { fdaAnnouncement, seedReference } from './seedLibrary'

const clinic = clinics.find((candidate) => candidate.slug === 'harbor-light')!
const post = posts.find((candidate) => candidate.slug === 'ketamine-and-suicidal-thoughts')!
const author = authors.find((candidate) => candidate.slug === post.author)!
const editor = users.find((user) => user.roles.includes('editor'))!
const wilkinson = seedReference('10.1176/appi.ajp.2017.17040472')
const postUrl = 'https://harborlightketamine.example/blog/ketamine-and-suicidal-thoughts'
const media = 'https://cms.vetted.example/v1/media'

const input = (overrides: Partial<ArticleJsonLdInput> = {}): ArticleJsonLdInput => ({
  author,
  clinic,
  image: {
    alt: 'A calm treatment room',
    filesize: 412_000,
    height: 1500,
    mimeType: 'image/jpeg',
    sizes: {
      social: {
        filesize: 96_000,
        height: 630,
        mimeType: 'image/jpeg',
        url: `${media}/room-1200x630.jpg`,
        width: 1200,
      },
    },
    srcset: `${media}/room.jpg 2400w`,
    url: `${media}/room.jpg`,
    width: 2400,
  },
  logo: {
    alt: 'Harbor Light logo',
    filesize: 8_000,
    height: 200,
    mimeType: 'image/png',
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

type Node = Record<string, unknown> & { '@id'?: string; '@type': string }

/** The graph's nodes by type, as a consumer reads the JSON (undefined values gone). */
const nodesOf = (overrides: Partial<ArticleJsonLdInput> = {}) => {
  const { '@context': context, '@graph': graph } = JSON.parse(JSON.stringify(buildArticleJsonLd(input(overrides)))) as {
    '@context': string
    '@graph': Node[]
  }
  expect(context).toBe('https://schema.org')
  const byType = (type: string) => graph.find((node) => node['@type'] === type)
  return {
    article: byType('BlogPosting')!,
    graph,
    page: byType('MedicalWebPage')!,
    publisher: byType('MedicalClinic')!,
    website: byType('WebSite'),
  }
}

describe('buildArticleJsonLd', () => {
  it('gives a BlogPosting with what Google’s Article rich results read: headline, image, dates, author with a URL', () => {
    // Act
    const { article } = nodesOf()

    // Assert
    expect(article).toMatchObject({
      '@id': `${postUrl}#article`,
      author: {
        '@type': 'Person',
        honorificSuffix: 'LCSW',
        jobTitle: 'Integration Therapist',
        name: 'David Okafor',
        url: `https://harborlightketamine.example/authors/${author.slug}`,
      },
      dateModified: '2026-03-04T10:30:00.000Z',
      datePublished: '2026-03-03T09:00:00.000Z',
      description: post.seo.description,
      headline: 'Ketamine and Suicidal Thoughts: A Careful Look',
      image: { '@type': 'ImageObject', height: 630, url: `${media}/room-1200x630.jpg`, width: 1200 },
      inLanguage: 'en',
      mainEntityOfPage: { '@id': postUrl },
      url: postUrl,
    })
  })

  it('gives the MedicalWebPage the article is the main entity of: who reviewed it and when', () => {
    // Act
    const { page } = nodesOf()

    // Assert
    expect(page).toMatchObject({
      '@id': postUrl,
      inLanguage: 'en',
      lastReviewed: '2026-03-02',
      mainEntity: { '@id': `${postUrl}#article` },
      name: 'Ketamine and Suicidal Thoughts: A Careful Look',
      reviewedBy: { '@type': 'Person', honorificSuffix: 'MD', knowsAbout: 'Psychiatry', name: 'Dr. Priya Natarajan' },
      url: postUrl,
    })
  })

  it('names the clinic once, as the publisher with its logo, and its website as what the page is part of', () => {
    // Act
    const { article, page, publisher, website } = nodesOf()

    // Assert
    expect(publisher).toEqual({
      '@id': 'https://harborlightketamine.example/#organization',
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
    })
    expect(article.publisher).toEqual({ '@id': publisher['@id'] })
    expect(website).toMatchObject({
      '@id': 'https://harborlightketamine.example/#website',
      publisher: { '@id': publisher['@id'] },
    })
    expect(page.isPartOf).toEqual({ '@id': website!['@id'] })
    expect(article.isPartOf).toEqual({ '@id': website!['@id'] })
  })

  it('refers only to nodes the graph holds, each @id once', () => {
    // Act
    const { graph } = nodesOf()

    // Assert
    const ids = graph.map((node) => node['@id'])
    expect(new Set(ids).size).toBe(ids.length)
    const references: string[] = []
    const visit = (value: unknown, isNode: boolean) => {
      if (Array.isArray(value)) value.forEach((item) => visit(item, false))
      else if (value && typeof value === 'object') {
        const entries = Object.entries(value)
        if (!isNode && entries.length === 1 && entries[0]![0] === '@id') references.push(entries[0]![1] as string)
        entries.forEach(([, child]) => visit(child, false))
      }
    }
    graph.forEach((node) => visit(node, true))
    expect(references.length).toBeGreaterThanOrEqual(5)
    for (const id of references) expect(ids).toContain(id)
  })

  it('takes what the post is about and its keywords from its topics', () => {
    // Act
    const { article, page } = nodesOf()

    // Assert
    const about = [
      { '@type': 'Thing', name: 'Depression' },
      { '@type': 'Thing', name: 'Suicidal ideation' },
    ]
    expect(article).toMatchObject({ about, keywords: 'Depression, Suicidal ideation' })
    expect(page.about).toEqual(about)
  })

  it('cites each work as a ScholarlyArticle or NewsArticle with its authors, year, DOI and PubMed addresses', () => {
    // Act
    const citation = nodesOf().article.citation as unknown[]

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
    const citation = nodesOf({ references: [{ ...wilkinson, vettingStatus }, fdaAnnouncement()] }).article.citation as {
      name: string
    }[]

    // Assert
    expect(citation.map(({ name }) => name)).toEqual([fdaAnnouncement().title])
  })

  it('claims no credentials for a reviewer whose licence nobody has verified', () => {
    // Act
    const { page } = nodesOf({
      reviewer: { credentials: { ...editor.credentials, verifiedAt: null }, name: editor.name },
    })

    // Assert
    expect(page.reviewedBy).toEqual({ '@type': 'Person', name: 'Dr. Priya Natarajan' })
  })

  it('leaves out what it cannot state: no reviewer, no author, no images', () => {
    // Act
    const { article, page, publisher } = nodesOf({ author: null, image: null, logo: null, reviewer: null })

    // Assert
    expect(article.author).toBeUndefined()
    expect(article.image).toBeUndefined()
    expect(page.reviewedBy).toBeUndefined()
    expect(page.primaryImageOfPage).toBeUndefined()
    expect(publisher.logo).toBeUndefined()
  })

  it('gives a clinic without a domain no website node and no author address, and still one publisher', () => {
    // Act
    const { article, publisher, website } = nodesOf({ clinic: { ...clinic, domains: [] } })

    // Assert
    expect(website).toBeUndefined()
    expect(article.isPartOf).toBeUndefined()
    expect((article.author as { url?: string }).url).toBeUndefined()
    expect(article.publisher).toEqual({ '@id': publisher['@id'] })
  })

  it('falls back to the excerpt when the post has no SEO description', () => {
    // Act
    const { article } = nodesOf({ post: { ...input().post, seo: null } })

    // Assert
    expect(article.description).toBe(post.excerpt)
  })
})
