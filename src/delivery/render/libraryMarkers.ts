import { idOf } from '@/utilities/idOf'
import { isClaimUsable } from '@/workflow/claimUsability'
import { libraryBlockOf } from '@/workflow/libraryBlockOf'

// What a citation or claim inline block stands for on the page: the approved claim it quotes, if any, and the
// citable works it shows markers for. Lookups go through the library map, the router's one fetch of the library.
import type { RenderClaim, RenderLibrary, RenderReference } from './types'

import { isCitable } from './isCitable'

export type BlockFields = { blockType?: string; claim?: unknown; locator?: null | string; reference?: unknown }

export type LibraryMarkers = { claim?: RenderClaim; references: RenderReference[] }

// A populated relationship is used only when the library map lacks the id, and it is still checked like any other.
const resolve = <T>(value: unknown, map: ReadonlyMap<string, T>): T | undefined =>
  map.get(idOf(value)) ?? (value && typeof value === 'object' ? (value as T) : undefined)

const citable = (values: unknown[], library: RenderLibrary): RenderReference[] => {
  const found = new Map<string, RenderReference>()
  for (const value of values) {
    const reference = resolve(value, library.references)
    if (reference && isCitable(reference) && !found.has(reference.id)) found.set(reference.id, reference)
  }
  return [...found.values()]
}

/** What an inline block (libraryBlockOf) shows. A claim shows only while usable (claimProblemOf): approved, in the library and before its re-review date. */
export const libraryMarkers = (node: unknown, library: RenderLibrary): LibraryMarkers => {
  const block = libraryBlockOf(node)
  if (!block) return { references: [] }
  const fields = (node as { fields: BlockFields }).fields
  if (block.kind === 'citation') return { references: citable([fields.reference], library) }
  const claim = resolve(fields.claim, library.claims)
  if (!claim || !isClaimUsable(claim, library.asOf ?? new Date())) return { references: [] }
  return { claim, references: citable(claim.supportingReferences ?? [], library) }
}
