/** An error in words for the import report: a validation error names each field and its reason. */
export const describeError = (error: unknown): string => {
  const fieldErrors = (error as { data?: { errors?: { message: string; path: string }[] } }).data?.errors
  if (fieldErrors?.length) return fieldErrors.map(({ message, path }) => `${path}: ${message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}
