import type { TextFieldSingleValidation } from 'payload'

/** What a phone can dial from a link: a short code (988) or a number in international form (+18005551234). */
export const validateCrisisNumber: TextFieldSingleValidation = (value) =>
  /^(?:\d{3,6}|\+[1-9]\d{6,14})$/.test(String(value ?? '')) ||
  'The crisis number must be dialable: a short code such as 988, or + and the country code and number, digits only (+18005550199).'
