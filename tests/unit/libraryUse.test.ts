import { describe, expect, it } from 'vitest'

import { findLibraryUse } from '@/workflow/libraryUse'

type Node = Record<string, unknown>

let blockCount = 0
const blockId = () => `block-${++blockCount}`

const text = (value: string): Node => ({ type: 'text', format: 0, text: value, version: 1 })
const citation = (reference: unknown): Node => ({
  type: 'inlineBlock',
  fields: { blockName: '', blockType: 'citation', id: blockId(), reference },
  version: 1,
})
const claim = (id: unknown): Node => ({
  type: 'inlineBlock',
  fields: { blockName: '', blockType: 'claim', claim: id, id: blockId() },
  version: 1,
})
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children, direction: 'ltr', version: 1 })
const list = (...items: Node[][]): Node => ({
  type: 'list',
  children: items.map((children, index) => ({ type: 'listitem', children, value: index + 1, version: 1 })),
  listType: 'bullet',
  version: 1,
})
const bodyOf = (...children: Node[]) => ({ root: { type: 'root', children, direction: 'ltr', version: 1 } })

describe('findLibraryUse', () => {
  it('finds the citation and the claim used in a paragraph', () => {
    // Arrange
    const body = bodyOf(paragraph(text('Ketamine works fast'), claim('claim-1'), citation('ref-1')))

    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use).toEqual({ claimIds: ['claim-1'], referenceIds: ['ref-1'] })
  })

  it('finds blocks at any depth, including inside nested lists', () => {
    // Arrange
    const body = bodyOf(
      paragraph(text('Intro')),
      list(
        [text('First point'), citation('ref-in-list')],
        [text('Second point'), list([text('Sub-point'), claim('claim-in-sublist'), citation('ref-in-sublist')])],
      ),
    )

    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use).toEqual({ claimIds: ['claim-in-sublist'], referenceIds: ['ref-in-list', 'ref-in-sublist'] })
  })

  it('lists ids in order of first appearance, each once', () => {
    // Arrange
    const body = bodyOf(
      paragraph(citation('ref-b'), claim('claim-y'), citation('ref-a')),
      paragraph(citation('ref-b'), citation('ref-c'), claim('claim-x'), claim('claim-y')),
      list([citation('ref-a'), citation('ref-d')]),
    )

    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use.referenceIds).toEqual(['ref-b', 'ref-a', 'ref-c', 'ref-d'])
    expect(use.claimIds).toEqual(['claim-y', 'claim-x'])
  })

  it('reads the id of populated relationships as well as plain string ids', () => {
    // Arrange
    const body = bodyOf(
      paragraph(
        citation({ id: 'ref-1', title: 'Esketamine trial' }),
        claim({ id: 'claim-1', statement: 'Works fast' }),
      ),
      paragraph(citation('ref-2'), claim('claim-2')),
    )

    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use).toEqual({ claimIds: ['claim-1', 'claim-2'], referenceIds: ['ref-1', 'ref-2'] })
  })

  it('counts a populated and a plain mention of the same reference once', () => {
    // Arrange
    const body = bodyOf(paragraph(citation({ id: 'ref-1', title: 'Esketamine trial' }), citation('ref-1')))

    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use.referenceIds).toEqual(['ref-1'])
  })

  it('turns numeric ids into strings', () => {
    // Arrange
    const body = bodyOf(paragraph(citation(7), claim({ id: 12 })))

    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use).toEqual({ claimIds: ['12'], referenceIds: ['7'] })
  })

  it('does not count block-level nodes with citation or claim fields: the editor offers them only inline, and neither the scanner nor the renderer reads them', () => {
    // Arrange
    const body = bodyOf(
      { type: 'block', fields: { blockType: 'citation', reference: 'ref-block' }, version: 1 },
      { type: 'block', fields: { blockType: 'claim', claim: 'claim-block' }, version: 1 },
    )

    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use).toEqual({ claimIds: [], referenceIds: [] })
  })

  it('ignores other blocks, even when they have reference or claim fields', () => {
    // Arrange
    const body = bodyOf(
      paragraph(
        { type: 'inlineBlock', fields: { blockType: 'footnote', reference: 'ref-footnote' }, version: 1 },
        { type: 'block', fields: { blockType: 'callout', claim: 'claim-callout' }, version: 1 },
        citation('ref-kept'),
      ),
    )

    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use).toEqual({ claimIds: [], referenceIds: ['ref-kept'] })
  })

  it('ignores nodes that are not blocks even when their fields look like a citation', () => {
    // Arrange
    const body = bodyOf(
      paragraph({
        type: 'link',
        children: [text('see here')],
        fields: { blockType: 'citation', reference: 'ref-link' },
        version: 1,
      }),
    )

    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use).toEqual({ claimIds: [], referenceIds: [] })
  })

  it.each([
    ['no fields', { type: 'inlineBlock', version: 1 }],
    ['a citation without a reference', { type: 'inlineBlock', fields: { blockType: 'citation' }, version: 1 }],
    ['a citation with a null reference', citation(null)],
    ['a citation with an empty reference', citation('')],
    ['a claim with an object lacking an id', claim({ statement: 'no id' })],
  ])('skips a block with %s', (_, node) => {
    // Arrange
    const body = bodyOf(paragraph(node, citation('ref-kept')))

    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use).toEqual({ claimIds: [], referenceIds: ['ref-kept'] })
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'Ketamine works fast'],
    ['an array', []],
    ['an empty object', {}],
    ['a null root', { root: null }],
    ['a string root', { root: 'root' }],
    ['a root without children', { root: { type: 'root' } }],
    ['children that are not nodes', { root: { type: 'root', children: [null, 1, 'text', []] } }],
  ])('returns empty lists for %s', (_, body) => {
    // Act
    const use = findLibraryUse(body)

    // Assert
    expect(use).toEqual({ claimIds: [], referenceIds: [] })
  })

  it.each([
    ['an object', { root: { type: 'root', children: { 0: citation('ref-1') } } }],
    ['a string', { root: { type: 'root', children: 'not a list' } }],
  ])('returns empty lists instead of throwing when children is %s', (_, body) => {
    // Act
    const use = () => findLibraryUse(body)

    // Assert
    expect(use).not.toThrow()
    expect(use()).toEqual({ claimIds: [], referenceIds: [] })
  })
})
