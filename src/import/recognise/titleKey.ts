/**
 * A title reduced to its words, for matching a reference to the library: "A Randomized Trial of an
 * N-methyl-d-aspartate Antagonist…" and "A randomized trial of an N-methyl-D-aspartate antagonist…" are one work.
 */
export const titleKey = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
