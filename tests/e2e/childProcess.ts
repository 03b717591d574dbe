// What the browser tests' servers (Vetted, the starter site) share: a free port to listen on, and a clean stop.
import type { ChildProcess } from 'node:child_process'

import net from 'node:net'

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** SIGTERM, ten seconds to exit, then SIGKILL. */
export const stopChild = async (child: ChildProcess) => {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  if (child.exitCode === null) child.kill('SIGKILL')
}
