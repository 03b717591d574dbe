import type { FieldHook } from 'payload'

import { normaliseDoi as toDoi, normalisePmid as toPmid } from '../../../src/workflow/identifiers'

export const normaliseDoi: FieldHook = ({ value }) => toDoi(value)

export const normalisePmid: FieldHook = ({ value }) => toPmid(value)
