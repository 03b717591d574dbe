// Reads the field errors out of a refused write, whichever transport refused it.

type FieldError = { message: string; path: string }

const pick = ({ message, path }: FieldError): FieldError => ({ message, path })

/** The field errors of a Local API ValidationError. */
export const fieldErrorsOf = (error: unknown): FieldError[] =>
  ((error as { data?: { errors?: FieldError[] } }).data?.errors ?? []).map(pick)

/** The field errors of a REST 400 answer body. */
export const restFieldErrors = (body: unknown): FieldError[] =>
  ((body as { errors?: { data?: { errors?: FieldError[] } }[] }).errors ?? [])
    .flatMap((error) => error.data?.errors ?? [])
    .map(pick)

/** Runs a Local API write expected to fail validation and returns its field errors. */
export const expectInvalid = async (write: () => Promise<unknown>): Promise<FieldError[]> => {
  try {
    await write()
  } catch (error) {
    const errors = fieldErrorsOf(error)
    if (errors.length === 0) throw error
    return errors
  }
  throw new Error('The write was expected to be refused, but it succeeded.')
}
