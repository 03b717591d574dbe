// A state field (workflow state, claim status, vetting status) that always has a value.
import type { SelectField } from 'payload'

import { select } from 'payload/shared'

/**
 * Not `required: true`: Payload's GraphQL API would then demand the state on every create, though the default
 * supplies it. The value still can never be emptied: this validation refuses null with a readable message.
 */
export const requiredState = ({
  label,
  ...field
}: Omit<SelectField, 'hasMany' | 'required' | 'type'> & { label: string }): SelectField => ({
  ...field,
  type: 'select',
  label,
  validate: (value, options) => {
    if (value === null || value === undefined || value === '') return `${label} cannot be empty.`
    return select(value, options)
  },
})
