// The first gate of every file: empty, oversized and binary files are refused before anything parses them, with
// a reason in words that names what is wrong.
import { fileTypeFromBuffer } from 'file-type'

export type Checked = { isOk: false; reason: string } | { isOk: true; text: string }

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`

/** file-type also recognises some text formats; those are articles, not binaries. */
const isTextType = (mime: string) => mime.startsWith('text/') || mime.endsWith('xml') || mime === 'application/json'

/** `size` is the whole file's size when only its start was read (an oversized file is never read whole). */
export const checkBytes = async ({
  bytes,
  maxBytes,
  size = bytes.length,
}: {
  bytes: Uint8Array
  maxBytes: number
  size?: number
}): Promise<Checked> => {
  if (size === 0) return { isOk: false, reason: 'the file is empty' }
  if (size > maxBytes)
    return {
      isOk: false,
      reason: `the file is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit (raise it with --max-size)`,
    }
  const type = await fileTypeFromBuffer(bytes)
  if (type && !isTextType(type.mime))
    return { isOk: false, reason: `it is a binary file (${type.ext.toUpperCase()}, ${type.mime}), not an article` }
  if (bytes.includes(0)) return { isOk: false, reason: 'it is a binary file (it contains NUL bytes), not an article' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { isOk: false, reason: 'it is not UTF-8 text (save or export it as UTF-8 and import it again)' }
  }
  if (!text.trim()) return { isOk: false, reason: 'the file is empty (only white space)' }
  return { isOk: true, text }
}
