// The command line of `npm run import`, read and checked before Payload starts.
import { parseArgs } from 'node:util'

export type ImportArgs = { clinic: string; maxBytes: number; paths: string[]; user: string }

export const importUsage = `Usage: npm run import -- --clinic <clinic-slug> --user <email> [--max-size <MB>] <files or folders…>

Imports plain-text (.txt), Markdown (.md), HTML (.html) articles and WordPress exports (.xml) as draft posts of the
clinic, submitted to the editors' review queue. --user is the marketer (of that clinic) or admin the import acts as:
the posts are theirs, new references their proposals. --max-size bounds each file (default 2 MB).`

const defaultMaxMegabytes = 2

export const parseImportArgs = (
  argv: string[],
): { args: ImportArgs; isOk: true } | { isOk: false; message: string } => {
  let parsed: ReturnType<
    typeof parseArgs<{
      allowPositionals: true
      options: {
        clinic: { type: 'string' }
        help: { type: 'boolean' }
        'max-size': { type: 'string' }
        user: { type: 'string' }
      }
    }>
  >
  try {
    parsed = parseArgs({
      allowPositionals: true,
      args: argv,
      options: {
        clinic: { type: 'string' },
        help: { type: 'boolean' },
        'max-size': { type: 'string' },
        user: { type: 'string' },
      },
    })
  } catch (error) {
    return { isOk: false, message: (error as Error).message }
  }
  const { positionals, values } = parsed
  if (values.help) return { isOk: false, message: '' }
  if (!values.clinic)
    return { isOk: false, message: '--clinic is required: the slug of the clinic the articles belong to.' }
  if (!values.user)
    return { isOk: false, message: '--user is required: the email of the marketer or admin the import acts as.' }
  if (!positionals.length) return { isOk: false, message: 'Name at least one file or folder to import.' }
  const megabytes = values['max-size'] === undefined ? defaultMaxMegabytes : Number(values['max-size'])
  if (!Number.isFinite(megabytes) || megabytes <= 0)
    return { isOk: false, message: `--max-size must be a positive number of megabytes; got "${values['max-size']}".` }
  return {
    args: {
      clinic: values.clinic,
      maxBytes: Math.round(megabytes * 1024 * 1024),
      paths: positionals,
      user: values.user,
    },
    isOk: true,
  }
}
