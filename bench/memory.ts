// Memory of a process and its descendants (tsx runs the server in a child node process), read from /proc: the
// resident set now and the highest it reached (VmHWM), in MB. Linux only; elsewhere it reports nothing.
import fs from 'node:fs'

export type Memory = { peakMb: number; rssMb: number }

const statusOf = (pid: number) => {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
    return { peakKb: kb('VmHWM'), rssKb: kb('VmRSS') }
  } catch {
    return undefined // gone, or not Linux
  }
}

const childrenOf = (pid: number): number[] => {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/))
      .filter(Boolean)
      .map(Number)
  } catch {
    return []
  }
}

export const memoryOf = (pid: number | undefined): Memory | undefined => {
  if (pid === undefined) return undefined
  const tree = [pid]
  for (let index = 0; index < tree.length; index += 1) tree.push(...childrenOf(tree[index]))
  const statuses = tree.map(statusOf).filter((status) => status !== undefined)
  if (!statuses.length) return undefined
  const mb = (kb: number) => Math.round(kb / 1024)
  return {
    peakMb: mb(Math.max(...statuses.map((status) => status.peakKb))),
    rssMb: mb(statuses.reduce((sum, status) => sum + status.rssKb, 0)),
  }
}
