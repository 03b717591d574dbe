import type { RenderReference } from './types'

/**
 * Whether a reference may be numbered, listed or named on a public page. Only an editor's "vetted" counts: unvetted,
 * rejected and retracted entries, and entries moved to the trash, never reach a reader even if a post still
 * points at them (the publish gate should have refused, but a retraction can land after publication).
 */
export const isCitable = (
  reference: Pick<RenderReference, 'deletedAt' | 'vettingStatus'> | null | undefined,
): boolean => reference?.vettingStatus === 'vetted' && !reference.deletedAt
