import type { Block } from '@/import/types'

import { textOf } from './textOf'

/** What a reader sees of a block; a list's items one per line. */
export const blockText = (block: Block): string =>
  block.type === 'list' ? block.items.map(textOf).join('\n') : textOf(block.runs)
