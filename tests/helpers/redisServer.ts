// A private redis-server for one test file, on a free port, that the test may kill and restart: the shared Redis
// on this machine is used by others and is never stopped.
import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const answersPing = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.once('error', () => resolve(false))
  })

export type RedisServer = { kill: () => Promise<void>; port: number; url: string }

/** Starts redis-server without persistence; `kill` ends it at once (SIGKILL), as a crash would. */
export const startRedisServer = async ({ port }: { port?: number } = {}): Promise<RedisServer> => {
  const chosen = port ?? (await freePort())
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  )
  const deadline = Date.now() + 10_000
  while (!(await answersPing(chosen))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on ${chosen}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    kill: async () => {
      // A process ended by a signal has a signalCode and no exitCode.
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    },
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
  }
}
