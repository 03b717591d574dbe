// A GraphQL document checked for its shape before Payload executes it: fragment cycles (which crash the
// complexity estimator), nesting deeper than any real query needs, and floods of fields or aliases that each
// run a query of their own, and list limits beyond the REST maximum. Syntax errors are left to Payload's handler, which answers them itself.
import type { DocumentNode, SelectionSetNode } from 'graphql'

import { Kind, parse, visit } from 'graphql'

import { requestLimits } from './requestLimits'

const maxDepth = 12
const maxSelections = 500
const maxRootFields = 20

type Fragments = Map<string, SelectionSetNode>

/** The fragment names a fragment spreads, directly or inside inline fragments and sub-selections. */
const spreadsOf = (selectionSet: SelectionSetNode): string[] =>
  selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FRAGMENT_SPREAD) return [selection.name.value]
    return selection.selectionSet ? spreadsOf(selection.selectionSet) : []
  })

const cycleIn = (fragments: Fragments): null | string => {
  const done = new Set<string>()
  const visit = (name: string, path: Set<string>): null | string => {
    if (path.has(name)) return name
    if (done.has(name)) return null
    const selectionSet = fragments.get(name)
    if (!selectionSet) return null
    path.add(name)
    for (const next of spreadsOf(selectionSet)) {
      const found = visit(next, path)
      if (found) return found
    }
    path.delete(name)
    done.add(name)
    return null
  }
  for (const name of fragments.keys()) {
    const found = visit(name, new Set())
    if (found) return found
  }
  return null
}

/** Depth and number of field selections, with fragments expanded (they are known to be acyclic here). */
const measure = (selectionSet: SelectionSetNode, fragments: Fragments, depth: number) => {
  let deepest = depth
  let count = 0
  for (const selection of selectionSet.selections) {
    const inner = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection.selectionSet
    const isField = selection.kind === Kind.FIELD
    if (isField) count += 1
    if (inner) {
      const nested = measure(inner, fragments, isField ? depth + 1 : depth)
      deepest = Math.max(deepest, nested.deepest)
      count += nested.count
    }
    if (count > maxSelections || deepest > maxDepth) break
  }
  return { count, deepest }
}

const rootFieldCount = (selectionSet: SelectionSetNode, fragments: Fragments): number =>
  selectionSet.selections.reduce((sum, selection) => {
    if (selection.kind === Kind.FIELD) return sum + 1
    const inner = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection.selectionSet
    return sum + (inner ? rootFieldCount(inner, fragments) : 0)
  }, 0)

/** A list's `limit` argument, as a literal or through a variable, outside 1..listLimit (0 would mean "all"). */
const badLimitIn = (document: DocumentNode, variables: Record<string, unknown>): boolean => {
  let isBad = false
  visit(document, {
    Argument: (node) => {
      if (node.name.value !== 'limit') return
      const value =
        node.value.kind === Kind.INT
          ? Number(node.value.value)
          : node.value.kind === Kind.VARIABLE
            ? variables[node.value.name.value]
            : undefined
      if (
        value !== undefined &&
        value !== null &&
        !(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= requestLimits.listLimit)
      )
        isBad = true
    },
  })
  return isBad
}

export const graphqlProblem = ({ query, variables }: { query?: unknown; variables?: unknown }): null | string => {
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 20_000 })
  } catch (error) {
    // Syntax errors are Payload's to answer; only the token limit is this check's own.
    return /tokens/.test((error as Error).message) ? 'The query is too long.' : null
  }
  const fragments: Fragments = new Map()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet)
  const cycle = cycleIn(fragments)
  if (cycle) return `The fragment "${cycle}" spreads itself, directly or through other fragments.`
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    if (rootFieldCount(definition.selectionSet, fragments) > maxRootFields)
      return `An operation may ask for at most ${maxRootFields} top-level fields (aliases included).`
    const { count, deepest } = measure(definition.selectionSet, fragments, 1)
    if (deepest > maxDepth) return `The query nests deeper than ${maxDepth} levels.`
    if (count > maxSelections) return `The query selects more than ${maxSelections} fields.`
  }
  const given = variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {}
  if (badLimitIn(document, given)) return `limit must be a whole number from 1 to ${requestLimits.listLimit}.`
  return null
}
