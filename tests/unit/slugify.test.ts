import { describe, expect, it } from 'vitest'

import { slugify, slugPattern } from '@/utilities/slugify'

describe('slugify', () => {
  it('turns a title with an en dash into lower-case words joined by single hyphens', () => {
    // Arrange
    const title = 'Ketamine – The Most'

    // Act
    const slug = slugify(title)

    // Assert
    expect(slug).toBe('ketamine-the-most')
  })

  it.each([
    ['strips accents', 'Café Crème Brûlée', 'cafe-creme-brulee'],
    ['drops straight apostrophes instead of splitting the word', "Don't Panic", 'dont-panic'],
    ['drops curly apostrophes instead of splitting the word', 'Patients’ Rights', 'patients-rights'],
    ['keeps digits', 'Top 10 Tips for 2025', 'top-10-tips-for-2025'],
    ['collapses runs of separators into one hyphen', 'a  --  b__c', 'a-b-c'],
    ['trims leading and trailing separators', '  --Hello, World!--  ', 'hello-world'],
    ['decomposes compatibility characters such as ligatures', 'ﬁne ＡＢＣ', 'fine-abc'],
  ])('%s', (_, input, expected) => {
    // Act
    const slug = slugify(input)

    // Assert
    expect(slug).toBe(expected)
  })

  it.each([[null], [undefined], [42], [{ title: 'x' }], [['a', 'b']]])(
    'returns undefined for the non-string %j',
    (value) => {
      // Act
      const slug = slugify(value)

      // Assert
      expect(slug).toBeUndefined()
    },
  )

  it.each([[''], ['   '], ['!!!'], ['– — –'], ["'’"]])('returns undefined when %j has nothing to slug', (value) => {
    // Act
    const slug = slugify(value)

    // Assert
    expect(slug).toBeUndefined()
  })

  it('produces slugs that always match slugPattern', () => {
    // Arrange
    const titles = ['Ketamine – The Most', 'Café Crème', "Don't Panic", '  --x--  ', 'A/B testing: 50% off?', 'ﬁne']

    // Act
    const slugs = titles.map(slugify)

    // Assert
    for (const slug of slugs) expect(slug).toMatch(slugPattern)
  })

  it('leaves an existing slug unchanged', () => {
    // Arrange
    const slug = 'ketamine-the-most-2025'

    // Act
    const again = slugify(slug)

    // Assert
    expect(again).toBe(slug)
  })
})

describe('slugPattern', () => {
  it.each([['a'], ['ketamine'], ['ketamine-the-most'], ['top-10'], ['2025']])('accepts the slug %j', (value) => {
    // Act
    const matches = slugPattern.test(value)

    // Assert
    expect(matches).toBe(true)
  })

  it.each([
    ['an empty string', ''],
    ['upper case', 'Ketamine'],
    ['a leading hyphen', '-ketamine'],
    ['a trailing hyphen', 'ketamine-'],
    ['a double hyphen', 'ketamine--therapy'],
    ['a space', 'ketamine therapy'],
    ['an underscore', 'ketamine_therapy'],
    ['an accented letter', 'café'],
    ['a slash', 'posts/ketamine'],
  ])('rejects a value with %s', (_, value) => {
    // Act
    const matches = slugPattern.test(value)

    // Assert
    expect(matches).toBe(false)
  })
})
