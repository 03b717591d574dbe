import { createHash } from 'node:crypto'

import { loosenText } from './loosenText'

/**
 * Reduces a sentence to what it says, so a waiver keyed on it survives re-wrapping, retyped quotes, a changed list
 * number or a changed letter case, but not a changed word or number.
 */
const normaliseSentence = (sentence: string): string =>
  loosenText(sentence)
    .replace(/^(?:\d{1,3}|[a-z])[.)] /i, '')
    .replace(/ (?=[.,;:!?](?: |$))/g, '')

export const sentenceKey = (sentence: string): string =>
  createHash('sha1').update(normaliseSentence(sentence)).digest('hex').slice(0, 12)
