// The demo posts the seed signs off pass the claim scanner honestly: every flagged sentence carries a citation or a
// claim, or is on the post's explicit list of waivers with the editor's reason. Runs without a database, so content
// drift shows up here before anyone seeds.
import { describe, expect, it } from 'vitest'

import type { ShownFlag } from '@/workflow/scanShownContent'

import { posts } from '@/seed/data/content'
import { planSeedWaivers } from '@/seed/planSeedWaivers'
import { scanShownContent } from '@/workflow/scanShownContent'

import { seedPostBody } from '../delivery/render/seedLibrary'

const flagsOf = async (post: (typeof posts)[number]): Promise<ShownFlag[]> =>
  scanShownContent({
    body: await seedPostBody(post.slug),
    excerpt: post.excerpt,
    images: [],
    seo: { canonicalUrl: '', description: post.seo.description, image: null, noIndex: false, title: post.seo.title },
    title: post.title,
  })

const signedOff = posts.filter((post) => post.state === 'approved' || post.state === 'published')

const flag = (sentence: string, isResolved = false): ShownFlag => ({
  field: 'body',
  isResolved,
  key: sentence.slice(0, 12),
  reasons: [],
  sentence,
})

describe('seed post waivers', () => {
  it.each(signedOff.map((post) => [post.slug, post] as const))(
    '%s: every flagged sentence is cited, claimed or explicitly waived, and every waiver names one',
    async (slug, post) => {
      const planned = planSeedWaivers({ flags: await flagsOf(post), slug, waivers: post.waivers ?? [] })
      expect(planned).toHaveLength(post.waivers?.length ?? 0)
    },
  )

  it('lists waivers only on posts the seed signs off', () => {
    const unsigned = posts.filter((post) => !signedOff.includes(post))
    expect(unsigned.filter((post) => post.waivers?.length).map((post) => post.slug)).toEqual([])
  })

  it('keeps the wrong FDA claim and the uncited statistic out of every signed-off post', () => {
    for (const post of signedOff) {
      expect(post.body, post.slug).not.toContain('fda-ketamine-2019')
      expect(post.body, post.slug).not.toMatch(/FDA approved ketamine/i)
    }
  })

  it('refuses a waiver that matches no flagged sentence, naming the post and the sentence', () => {
    expect(() =>
      planSeedWaivers({
        flags: [flag('The infusion usually runs for about 40 minutes.')],
        slug: 'demo',
        waivers: [{ note: 'Our session length.', sentence: 'runs for about an hour' }],
      }),
    ).toThrow(/Seed post "demo": the waiver for “runs for about an hour” matches no flagged sentence/)
  })

  it('refuses a waiver for a sentence that is cited now', () => {
    expect(() =>
      planSeedWaivers({
        flags: [flag('Ketamine blocks the NMDA receptor.', true)],
        slug: 'demo',
        waivers: [{ note: 'Textbook.', sentence: 'blocks the NMDA receptor' }],
      }),
    ).toThrow(/matches no flagged sentence without a citation or claim/)
  })

  it('refuses a flagged sentence that is neither supported nor listed', () => {
    expect(() => planSeedWaivers({ flags: [flag('Ketamine cures depression.')], slug: 'demo', waivers: [] })).toThrow(
      /Seed post "demo" has 1 flagged sentence\(s\) with no citation, claim or listed waiver: “Ketamine cures depression\.”/,
    )
  })

  it('refuses a waiver that could mean more than one sentence', () => {
    expect(() =>
      planSeedWaivers({
        flags: [flag('The infusion runs for 40 minutes.'), flag('The infusion is given in a quiet room.')],
        slug: 'demo',
        waivers: [{ note: 'Our routine.', sentence: 'The infusion' }],
      }),
    ).toThrow(/matches 2 flagged sentences/)
  })

  it('matches through curly quotes, dashes and spacing, and returns the full sentence with its note', () => {
    const planned = planSeedWaivers({
      flags: [flag('You may hear ketamine described as “rewiring” the brain.')],
      slug: 'demo',
      waivers: [{ note: 'Quotes a phrase to reject it.', sentence: 'described as "rewiring"' }],
    })
    expect(planned).toEqual([
      {
        key: 'You may hear',
        note: 'Quotes a phrase to reject it.',
        sentence: 'You may hear ketamine described as “rewiring” the brain.',
      },
    ])
  })
})
