// The browser journeys drive the production build, as a deployment runs it: Next's built admin, not one compiled
// page by page on first visit. CI builds it just before the tests; a local run rebuilds it when a source is newer.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const outputs = ['dist/server.js', '.next/BUILD_ID']
const sources = [
  'src',
  'collections',
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
  'scripts/build-server.mjs',
]

const mtimeOf = (file: string) => fs.statSync(file).mtimeMs

const newestSource = (): number =>
  Math.max(
    ...sources.flatMap((source) => {
      const at = path.join(root, source)
      if (!fs.statSync(at).isDirectory()) return [mtimeOf(at)]
      return fs
        .readdirSync(at, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => mtimeOf(path.join(entry.parentPath, entry.name)))
    }),
  )

const builtAt = (): number => {
  const found = outputs.map((output) => path.join(root, output)).filter((output) => fs.existsSync(output))
  return found.length === outputs.length ? Math.min(...found.map(mtimeOf)) : 0
}

/** Runs `npm run build` (its output shown, as it takes minutes) unless the build is newer than every source. */
export const ensureProductionBuild = async (): Promise<void> => {
  if (builtAt() > newestSource()) return
  console.warn('The production build is missing or older than the sources: npm run build, for the browser tests.')
  const code = await new Promise<null | number>((resolve) =>
    spawn('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).once('exit', resolve),
  )
  if (code !== 0)
    throw new Error(`npm run build failed (exit code ${code}); the browser tests need the production build`)
}
