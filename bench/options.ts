// The bench's options, from flags (or BENCH_* environment variables): how big a network, how long each run.
import { parseArgs } from 'node:util'

export type BenchOptions = {
  clinics: number
  connections: number
  database: string | undefined
  duration: number
  isQuick: boolean
  large: number
  posts: number
  publishes: number
  small: number
}

const help = `npm run bench -- [options]
  --clinics <n>      clinics in the network (default 20)
  --posts <n>        published posts per clinic (default 500)
  --large <n>        posts of the one clinic for the large list case (default 100000)
  --small <n>        posts of the one clinic for the small list case (default 1000)
  --duration <s>     seconds per measured run (default 10)
  --connections <n>  concurrent connections per run (default 10)
  --publishes <n>    publish-to-visible samples (default 7)
  --database <uri>   postgres://… to use a fresh database on that server (default: a temporary SQLite file)
  --quick            a fast smoke run: 3 clinics × 50 posts, 2,000 large, 2 s runs, 3 publishes`

export const readOptions = (argv = process.argv.slice(2)): BenchOptions => {
  const { values } = parseArgs({
    args: argv,
    options: {
      clinics: { type: 'string' },
      connections: { type: 'string' },
      database: { type: 'string' },
      duration: { type: 'string' },
      help: { type: 'boolean' },
      large: { type: 'string' },
      posts: { type: 'string' },
      publishes: { type: 'string' },
      quick: { type: 'boolean' },
      small: { type: 'string' },
    },
    strict: true,
  })
  if (values.help) {
    console.log(help)
    process.exit(0)
  }
  const isQuick = Boolean(values.quick) || process.env.BENCH_QUICK === 'true'
  const number = (name: keyof typeof values, quick: number, full: number) => {
    const raw = (values[name] as string | undefined) ?? process.env[`BENCH_${name.toUpperCase()}`]
    if (raw === undefined) return isQuick ? quick : full
    const value = Number(raw)
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} must be a whole number of at least 1; got "${raw}".`)
    return value
  }
  const options: BenchOptions = {
    clinics: number('clinics', 3, 20),
    connections: number('connections', 10, 10),
    database: values.database ?? process.env.BENCH_DATABASE_URI,
    duration: number('duration', 2, 10),
    isQuick,
    large: number('large', 2_000, 100_000),
    posts: number('posts', 50, 500),
    publishes: number('publishes', 3, 7),
    small: number('small', 1_000, 1_000),
  }
  if (options.database && !options.database.startsWith('postgres'))
    throw new Error('--database must be a postgres:// URI (the default is a temporary SQLite file).')
  return options
}
