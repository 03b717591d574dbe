import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { bodyHash } from '@/workflow/bodyHash'

type Body = {
  root: {
    children: Array<{ children: Array<Record<string, unknown>>; [key: string]: unknown }>
    [key: string]: unknown
  }
}

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
  ...extra,
})

const inlineBlock = (fields: Record<string, unknown>) => ({
  type: 'inlineBlock',
  fields: { blockName: '', id: '65f0c0ffee0000000000000a', ...fields },
  version: 1,
})

/** A Lexical body as the editor saves it: a paragraph with text, a claim and a citation. */
const makeBody = ({
  claim = 'claim-1',
  reference = 'ref-1' as unknown,
  words = 'Ketamine eases treatment-resistant depression',
} = {}): Body => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          text(words),
          inlineBlock({ blockType: 'claim', claim }),
          inlineBlock({ blockType: 'citation', id: '65f0c0ffee0000000000000b', reference }),
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

describe('bodyHash', () => {
  it('returns "sha256:" followed by 64 hex digits', () => {
    // Act
    const hash = bodyHash(makeBody())

    // Assert
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('gives the same hash for two separately built copies of the same text', () => {
    // Arrange
    const first = makeBody()
    const second = makeBody()

    // Act
    const firstHash = bodyHash(first)
    const secondHash = bodyHash(second)

    // Assert
    expect(first).not.toBe(second)
    expect(secondHash).toBe(firstHash)
  })

  it('does not depend on the order of keys in the stored JSON', () => {
    // Arrange
    const body = makeBody()
    const reordered = reverseKeys(body) as Body

    // Act
    const hash = bodyHash(body)
    const reorderedHash = bodyHash(reordered)

    // Assert
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(body))
    expect(reorderedHash).toBe(hash)
  })

  it('changes when a word of the text changes', () => {
    // Arrange
    const approved = makeBody({ words: 'Ketamine eases treatment-resistant depression' })
    const edited = makeBody({ words: 'Ketamine cures treatment-resistant depression' })

    // Act
    const approvedHash = bodyHash(approved)
    const editedHash = bodyHash(edited)

    // Assert
    expect(editedHash).not.toBe(approvedHash)
  })

  it('changes when a citation points at another reference', () => {
    // Arrange
    const approved = makeBody({ reference: 'ref-1' })
    const edited = makeBody({ reference: 'ref-2' })

    // Act
    const approvedHash = bodyHash(approved)
    const editedHash = bodyHash(edited)

    // Assert
    expect(editedHash).not.toBe(approvedHash)
  })

  it('changes when a populated citation points at another reference', () => {
    // Arrange: read at depth >= 1, a relationship holds the related document, whose `id` is what is cited
    const approved = makeBody({ reference: { id: 'ref-1', title: 'Esketamine nasal spray trial' } })
    const edited = makeBody({ reference: { id: 'ref-2', title: 'Esketamine nasal spray trial' } })

    // Act
    const approvedHash = bodyHash(approved)
    const editedHash = bodyHash(edited)

    // Assert
    expect(editedHash).not.toBe(approvedHash)
  })

  it('changes when a claim block points at another claim', () => {
    // Arrange
    const approved = makeBody({ claim: 'claim-1' })
    const edited = makeBody({ claim: 'claim-2' })

    // Act
    const approvedHash = bodyHash(approved)
    const editedHash = bodyHash(edited)

    // Assert
    expect(editedHash).not.toBe(approvedHash)
  })

  it('changes when a word is made bold, since format is part of what the reader sees', () => {
    // Arrange
    const approved = makeBody()
    const edited = makeBody()
    edited.root.children[0].children[0] = text('Ketamine eases treatment-resistant depression', { format: 1 })

    // Act
    const approvedHash = bodyHash(approved)
    const editedHash = bodyHash(edited)

    // Assert
    expect(editedHash).not.toBe(approvedHash)
  })

  it.each([
    [
      'a new block id',
      (body: Body) => {
        ;(body.root.children[0].children[1].fields as Record<string, unknown>).id = 'another-block-id'
      },
    ],
    [
      'a node id added by the editor',
      (body: Body) => {
        body.root.children[0].id = 'paragraph-id'
      },
    ],
    [
      'a block name',
      (body: Body) => {
        ;(body.root.children[0].children[2].fields as Record<string, unknown>).blockName = 'Trial citation'
      },
    ],
    [
      'the paragraph direction',
      (body: Body) => {
        body.root.children[0].direction = null
      },
    ],
    [
      'the root direction',
      (body: Body) => {
        body.root.direction = 'rtl'
      },
    ],
    [
      'the paragraph textFormat',
      (body: Body) => {
        body.root.children[0].textFormat = 1
      },
    ],
    [
      'the paragraph textStyle',
      (body: Body) => {
        body.root.children[0].textStyle = 'color: red'
      },
    ],
  ])('stays the same when only %s changes', (_, rerender) => {
    // Arrange
    const approved = makeBody()
    const rerendered = makeBody()
    rerender(rerendered)

    // Act
    const approvedHash = bodyHash(approved)
    const rerenderedHash = bodyHash(rerendered)

    // Assert
    expect(rerendered).not.toEqual(approved)
    expect(rerenderedHash).toBe(approvedHash)
  })

  it('does not modify the body it hashes', () => {
    // Arrange
    const body = makeBody()
    const before = structuredClone(body)

    // Act
    bodyHash(body)

    // Assert
    expect(body).toEqual(before)
  })

  it('hashes a null body stably, as the SHA-256 of "null"', () => {
    // Arrange
    const expected = `sha256:${createHash('sha256').update('null').digest('hex')}`

    // Act
    const first = bodyHash(null)
    const second = bodyHash(null)

    // Assert
    expect(first).toBe(expected)
    expect(second).toBe(first)
  })

  it('hashes a missing body like a null one, and differently from a real body', () => {
    // Act
    const missing = bodyHash(undefined)
    const empty = bodyHash(null)
    const real = bodyHash(makeBody())

    // Assert
    expect(missing).toBe(empty)
    expect(real).not.toBe(empty)
  })
})

/** A deep copy of value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reverseKeys(item)]),
  )
}
