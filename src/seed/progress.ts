// Progress for long commands: a bar on a terminal, a log line per step elsewhere (CI, docker logs).
import type { Payload } from 'payload'

import cliProgress from 'cli-progress'

export type Progress = { done: () => void; step: (label: string) => void }

export const startProgress = ({
  label,
  payload,
  total,
}: {
  label: string
  payload: Payload
  total: number
}): Progress => {
  if (process.stdout.isTTY && process.env.CI !== 'true') {
    const bar = new cliProgress.SingleBar(
      { clearOnComplete: false, format: `${label} [{bar}] {value}/{total} {item}`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    )
    bar.start(total, 0, { item: '' })
    return { done: () => bar.stop(), step: (item) => bar.increment({ item }) }
  }
  let count = 0
  return {
    done: () => payload.logger.info(`${label}: ${count}/${total} done`),
    step: (item) => {
      count += 1
      payload.logger.info(`${label} ${count}/${total}: ${item}`)
    },
  }
}
