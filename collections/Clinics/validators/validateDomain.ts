import type { TextFieldManyValidation } from 'payload'

const hostname = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i

export const validateDomain: TextFieldManyValidation = (values) => {
  for (const value of values ?? []) {
    if (!hostname.test(value))
      return `"${value}" is not a host name: write it like "harborlightketamine.com", without https:// or a path.`
  }
  return true
}
