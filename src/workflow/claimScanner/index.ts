// The claim scanner: finds sentences in a post that make medical assertions (statistics, regulatory statements,
// efficacy and safety words, appeals to research) so the publish gate can demand a citation, a claim or a waiver.
export type { ClaimReason, FlaggedReason, FlaggedSentence } from './types'

export { scanLexical } from './scanLexical'
export { scanText } from './scanText'
