// The one setting for how much a client may send: MAX_REQUEST_BYTES bounds JSON and other bodies of /api and /v1;
// uploads (multipart) get Payload's file size limit plus room for the form's other fields.
const megabyte = 1024 * 1024

const configuredBytes = Number(process.env.MAX_REQUEST_BYTES)

export const requestLimits = {
  /** Deepest nesting of arrays and objects a JSON body may have; post bodies nest about a dozen levels. */
  jsonDepth: 64,
  /**
   * Largest page any list of /api returns: 250, what Payload's own admin asks for when a list's relationship cells
   * look up their documents' titles (at 100 every cell read "<No Author>", "<No Clinic>").
   */
  listLimit: 250,
  /** Largest non-upload body, in bytes. */
  requestBytes: Number.isSafeInteger(configuredBytes) && configuredBytes > 0 ? configuredBytes : megabyte,
  /** Largest multipart (upload) body: Media's 15 MB file limit and 1 MB of form fields. */
  uploadBytes: 16 * megabyte,
}
