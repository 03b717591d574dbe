// The claim scanner's public shapes: what it flags in a post and why, in words a marketer understands.
import type { LibraryBlock } from '@/workflow/libraryBlockOf'

import type { claimKinds } from './claimKinds'

/** The kind of medical claim a sentence makes: efficacy, safety, mechanism, comparison, eligibility, dosing, … */
export type ClaimReason = (typeof claimKinds)[number]

export type FlaggedReason = { explanation: string; kind: ClaimReason; match: string }

export type FlaggedSentence = {
  /** Stable id of the sentence (first 12 hex digits of a SHA-1 of its normalised text): an editor's waiver points at it. */
  key: string
  /** True when a citation or claim inline block sits inside the sentence's span (only from scanLexical). */
  isResolved: boolean
  reasons: FlaggedReason[]
  /** The sentence text, trimmed, with runs of whitespace collapsed to one space. */
  sentence: string
  /** The citations and claims inside or right after it (only from scanLexical). */
  support?: LibraryBlock[]
}
