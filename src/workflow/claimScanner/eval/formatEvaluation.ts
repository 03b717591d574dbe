import type { Evaluation, Score } from './evaluateScanner'

const percent = (value: number): string => value.toFixed(3)

const row = (name: string, { flagged, hits, labelled, precision, recall }: Score): string =>
  `  ${name.padEnd(16)} recall ${percent(recall)} (${hits}/${labelled})   precision ${percent(precision)} of ${flagged} flagged`

/** The evaluation as the lines `npm run scanner:eval` prints: scores, then every miss and every false flag. */
export const formatEvaluation = ({ evaluation, title }: { evaluation: Evaluation; title: string }): string[] => [
  `${title}: ${evaluation.sentences} sentences`,
  row('overall', evaluation.overall),
  ...Object.entries(evaluation.perKind).map(([kind, kindScore]) => row(kind, kindScore)),
  `  misses (${evaluation.misses.length}):`,
  ...evaluation.misses.map(({ article, kinds, sentence }) => `    - [${article}] (${kinds.join(',')}) ${sentence}`),
  `  false flags (${evaluation.falseFlags.length}):`,
  ...evaluation.falseFlags.map(({ article, kinds, sentence }) => `    + [${article}] (${kinds.join(',')}) ${sentence}`),
]
