import type { TextFieldSingleValidation } from 'payload'

export const validateBrandColour: TextFieldSingleValidation = (value) => {
  if (value === null || value === undefined || value === '') return true
  return /^#[0-9a-f]{6}$/i.test(String(value)) || 'The brand colour must be a hex colour such as #0f766e.'
}
