import type { TextFieldSingleValidation } from 'payload'

import { isHttpUrl } from '@/utilities/safeUrl'

export const validateHttpUrl: TextFieldSingleValidation = (value) => {
  if (value === null || value === undefined || value === '') return true
  return isHttpUrl(value) || `"${value}" is not a web address: it must start with https:// or http://.`
}
