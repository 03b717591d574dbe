// Whether a sentence states something, asks something, or is a heading that only names a topic. compromise tags the
// parts of speech: a heading without a finite verb ("Side effects", "Safety of Ketamine") names a topic, one with a
// finite verb ("Ketamine Is Not Addictive") asserts. compromise is MIT-licensed, ~2 MB, pure JavaScript, and tags a
// short heading in well under a millisecond; it is only asked about headings, the one place punctuation cannot tell.
import nlp from 'compromise/two'

export type SentenceShape = 'question' | 'statement' | 'topic'

const endsSentence = /[.!…]["'”’)\]]*$/
const endsQuestion = /\?["'”’)\]]*$/
/** "What the studies found", "How ketamine works", "Who should not take Spravato": the topic of the section under it. */
const startsWithWhWord =
  /(?:^(?:\d{1,2}[.)]\s+)?|:\s+)(?:what|how|why|when|who|whom|which|where|is|are|can|does|do|should|will)\b/i
// Past tense is left out: in a heading it is nearly always a participle ("Brain-Derived Neurotrophic Factor").
const finiteVerbTags = ['Copula', 'Modal', 'PresentTense', 'Auxiliary']

type Term = { tags?: Set<string> | string[] }

const hasFiniteVerb = (heading: string): boolean => {
  const terms = (nlp(heading).document as Term[][]).flat()
  return terms.some((term, index) => {
    const tags = new Set(term.tags ?? [])
    if (!tags.has('Verb') || tags.has('Gerund') || tags.has('Imperative')) return false
    // A verb-looking first word of a heading is a noun or a command ("Side effects", "Reset your mind").
    if (index === 0 && !tags.has('Copula') && !tags.has('Modal')) return false
    return finiteVerbTags.some((tag) => tags.has(tag))
  })
}

export const sentenceShape = (sentence: string): SentenceShape => {
  if (endsQuestion.test(sentence)) return 'question'
  if (endsSentence.test(sentence)) return 'statement'
  if (startsWithWhWord.test(sentence)) return 'topic'
  return hasFiniteVerb(sentence) ? 'statement' : 'topic'
}
