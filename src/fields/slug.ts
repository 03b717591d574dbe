// The slug field used by every collection that has URLs: Payload's own slugField with our slugify and readable errors.
import type { Field, RowField, TextFieldSingleValidation } from 'payload'

import { slugField } from 'payload'

import { slugify, slugPattern } from '@/utilities/slugify'

type SlugOptions = {
  /** Clinic-scoped collections are unique per clinic (a compound index and ensureUniqueSlugPerClinic) instead. */
  isUniquePerClinic?: boolean
  useAsSlug?: string
}

const validateSlug: TextFieldSingleValidation = (value) => {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required: it becomes the address of the page.'
  if (value.length > 120) return 'The slug is too long: keep it under 120 characters.'
  if (!slugPattern.test(value)) {
    return 'The slug may only contain lower-case letters, digits and single hyphens (for example "ketamine-and-depression").'
  }
  return true
}

export const slug = ({ isUniquePerClinic = false, useAsSlug = 'title' }: SlugOptions = {}): RowField =>
  slugField({
    disableUnique: isUniquePerClinic,
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field): Field =>
        field.type === 'text' && field.name === 'slug'
          ? ({
              ...field,
              admin: {
                ...field.admin,
                description: 'The last part of the page address. Changing it breaks existing links.',
              },
              // A duplicate needs its own address; "-copy-x7k2" keeps it readable and unique within the clinic.
              hooks: {
                ...field.hooks,
                beforeDuplicate: [
                  ({ value }) =>
                    typeof value === 'string' && value
                      ? `${value}-copy-${Math.random().toString(36).slice(2, 6)}`
                      : value,
                ],
              },
              validate: validateSlug,
            } as Field)
          : field,
      ),
    }),
    slugify: ({ valueToSlugify }) => slugify(valueToSlugify),
    useAsSlug,
  })
