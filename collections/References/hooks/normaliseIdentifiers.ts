import type { FieldHook } from 'payload'

import { normaliseDoi as toDoi, normalisePmid as toPmid } from '@/workflow/identifiers'

export const normaliseDoi: FieldHook = ({ value }) => toDoi(value)

export const normalisePmid: FieldHook = ({ value }) => toPmid(value)
