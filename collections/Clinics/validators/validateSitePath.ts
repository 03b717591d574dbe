import type { TextFieldSingleValidation } from 'payload'

import { sitePathProblem } from '@/delivery/siteAddresses'

/**
 * A path on the clinic website: `{slug}` once where a page has one (an article, author or topic), never elsewhere.
 * Empty is allowed and means the default path.
 */
export const validateSitePath =
  (kind: 'index' | 'page'): TextFieldSingleValidation =>
  (value) =>
    !value || (sitePathProblem(value, kind) ?? true)
