// The line-level recognisers: furniture, crisis banners, bylines, author boxes.
import { describe, expect, it } from 'vitest'

import { parseText } from '@/import/read/parseText'
import { bioOf } from '@/import/recognise/bioOf'
import { crisisLineOf } from '@/import/recognise/crisisLineOf'
import { furnitureReason } from '@/import/recognise/furnitureReason'
import { parseByline } from '@/import/recognise/parseByline'
import { tailReason } from '@/import/recognise/tailReason'

describe('furnitureReason', () => {
  it.each([
    ['top of page', 'navigation leftover'],
    ['10 views0 comments', 'view or comment counter'],
    ['1,204 views', 'view or comment counter'],
    ['No comments yet', 'view or comment counter'],
    ['Leave a Reply', 'comment prompt'],
    ['Share this:', 'share prompt'],
    ['Share on Facebook', 'share prompt'],
    ['Read more »', '"read more" link'],
    ['Home » Blog » Ketamine', 'navigation leftover (breadcrumbs)'],
    ['1200 630 Taylor Carter', 'image leftover (its size and alt text)'],
    ['Tags: ketamine, depression', 'post tags or categories'],
  ])('"%s" is %s', (line, reason) => expect(furnitureReason(line)).toBe(reason))

  it.each([
    'Ketamine helps 70% of patients.',
    'Share your story with your doctor.',
    'Comments from patients were positive.',
    'Home treatment is not offered.',
  ])('"%s" is article text', (line) => {
    expect(furnitureReason(line)).toBeUndefined()
  })

  it('knows the headings after which a page stops being the article', () => {
    expect(tailReason('Popular Blog Posts')).toBe('related-post teasers')
    expect(tailReason('You may also like')).toBe('related-post teasers')
    expect(tailReason('3 Comments')).toBe('comments section')
    expect(tailReason('Related research')).toBeUndefined()
  })

  it('never glues furniture to the article text next to it when rejoining wrapped lines', () => {
    expect(parseText('Comments\n\n\nbottom of page').blocks).toHaveLength(2)
  })
})

describe('crisisLineOf', () => {
  it('reads the call to action of a crisis banner', () => {
    expect(crisisLineOf('Are you in a crisis? Call or text 988 to speak to a crisis counselor.')).toBe(
      'Call or text 988',
    )
    expect(crisisLineOf('In an emergency, dial 911.')).toBe('Dial 911')
    expect(
      crisisLineOf('If you are thinking about suicide, call the National Suicide Prevention Lifeline at 800-273-8255.'),
    ).toMatch(/^Call the National Suicide Prevention Lifeline at 800-273-8255$/)
  })

  it('leaves sentences about crises that give no number to call', () => {
    expect(
      crisisLineOf('Ketamine is particularly helpful for patients dealing with suicidal thoughts.'),
    ).toBeUndefined()
    expect(crisisLineOf('Call us today to book a consultation.')).toBeUndefined()
  })
})

describe('parseByline', () => {
  it.each([
    ['By Tessa Eskin', { credentials: undefined, name: 'Tessa Eskin', role: 'author' }],
    ['Article by: Taylor Carter', { credentials: undefined, name: 'Taylor Carter', role: 'author' }],
    [
      'Written by Dr. Jane van der Berg, MD, PhD | March 3, 2021',
      { credentials: 'MD, PhD', name: 'Jane van der Berg', role: 'author' },
    ],
    ['Medically reviewed by Ann Lee, PMHNP-BC', { credentials: 'PMHNP-BC', name: 'Ann Lee', role: 'reviewer' }],
  ])('"%s"', (line, byline) => expect(parseByline(line)).toEqual(byline))

  it.each(['By combining industry insights and medical facts, we help.', 'By the way', 'Author'])(
    '"%s" is not a byline',
    (line) => expect(parseByline(line)).toBeUndefined(),
  )
})

describe('bioOf', () => {
  it('reads a name line over a paragraph about the person, with the job title', () => {
    expect(
      bioOf({
        nameLine: 'Taylor Carter',
        paragraph: 'Taylor Carter is a dynamic Senior Marketing Manager with a passion for narratives.',
      }),
    ).toEqual({
      bio: 'Taylor Carter is a dynamic Senior Marketing Manager with a passion for narratives.',
      jobTitle: 'Senior Marketing Manager',
      name: 'Taylor Carter',
    })
  })

  it('does not take a heading over a paragraph that starts with its first word for a person', () => {
    expect(
      bioOf({ nameLine: 'Ketamine Basics', paragraph: 'Ketamine is an anesthetic that was introduced in the 1960s.' }),
    ).toBeUndefined()
  })
})
