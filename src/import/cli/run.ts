// npm run import -- --clinic <slug> --user <email> <files or folders…>: imports articles as draft posts of a clinic.
import '@/loadEnv'
import { runWithPayload } from '@/cli/runWithPayload'
import { describeError } from '@/import/write/describeError'
import { importBatch } from '@/import/write/importBatch'

import { formatSummary } from './formatSummary'
import { importUsage, parseImportArgs } from './parseImportArgs'
import { ImportRefused, resolveImporter } from './resolveImporter'
import { summarise } from './summarise'

const parsed = parseImportArgs(process.argv.slice(2))
if (!parsed.isOk) {
  if (parsed.message) console.error(`${parsed.message}\n`)
  console.error(importUsage)
  process.exit(parsed.message ? 2 : 0)
}
const { args } = parsed

// Payload boots only once the command line is known to be right: a usage error answers at once.
await runWithPayload({
  failureMessage: 'Import failed',
  task: async (payload) => {
    try {
      const { clinic, user } = await resolveImporter({ clinicSlug: args.clinic, email: args.user, payload })
      const outcomes = await importBatch({ clinic, maxBytes: args.maxBytes, paths: args.paths, payload, user })
      console.log(formatSummary({ clinic: clinic.slug ?? args.clinic, outcomes, user: args.user }))
      const totals = summarise(outcomes)
      // Exit non-zero when a file was refused or an article failed, so scripts notice; the rest is imported all the same.
      return totals.refused + totals.failed > 0 ? 1 : 0
    } catch (error) {
      if (error instanceof ImportRefused) console.error(error.message)
      else payload.logger.error({ err: error, msg: `Import failed: ${describeError(error)}` })
      return 1
    }
  },
})
