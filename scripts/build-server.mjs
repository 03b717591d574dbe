// npm run build:server: compiles src/server.ts and everything it imports (the Payload config, collections,
// migrations) into one ES module, dist/server.js, that `npm start` runs with plain node. Packages stay in
// node_modules (external); Next's admin is built by `next build`, which reads the TypeScript sources itself.
import { build } from 'esbuild'
import fs from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'

const root = path.resolve(import.meta.dirname, '..')
const outdir = path.join(root, 'dist')

/**
 * Modules find files next to themselves (payload.config.ts its migrations and import map, the media collection its
 * upload folder) through import.meta.url. In one bundle that would be dist/server.js for all of them, so each
 * source file's import.meta.url becomes its own location in the project, found relative to the bundle at run time.
 */
const sourceLocation = {
  name: 'source-location',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?tsx?$/ }, async ({ path: file }) => {
      const source = await fs.readFile(file, 'utf8')
      if (!source.includes('import.meta')) return undefined
      const relative = path.relative(outdir, file).split(path.sep).join('/')
      const url = `new URL(${JSON.stringify(relative)}, import.meta.url).href`
      const contents = source
        .replaceAll('import.meta.url', url)
        .replaceAll('import.meta.dirname', `__vettedDirname(${url})`)
        .replaceAll('import.meta.filename', `__vettedFilename(${url})`)
      return { contents, loader: path.extname(file).slice(1).replace(/^[cm]/, '') }
    })
  },
}

await fs.rm(outdir, { force: true, recursive: true })
const result = await build({
  banner: {
    js: [
      "import { fileURLToPath as __vettedFileURLToPath } from 'node:url'",
      'const __vettedFilename = (url) => __vettedFileURLToPath(url)',
      "const __vettedDirname = (url) => __vettedFileURLToPath(new URL('.', url)).replace(/\\/$/, '')",
    ].join('\n'),
  },
  bundle: true,
  // Chunks sit beside server.js (so import.meta.url above holds for them) and load when first imported: the demo
  // seed only in development.
  chunkNames: '[name]-[hash]',
  entryPoints: [path.join(root, 'src/server.ts')],
  format: 'esm',
  logLevel: 'warning',
  metafile: true,
  outdir,
  packages: 'external',
  platform: 'node',
  plugins: [sourceLocation],
  sourcemap: true,
  splitting: true,
  target: 'node20.19',
  tsconfig: path.join(root, 'tsconfig.json'),
})
const inputs = Object.keys(result.metafile.inputs).length
const bytes = (await fs.stat(path.join(outdir, 'server.js'))).size
process.stdout.write(`dist/server.js: ${inputs} source files, ${Math.round(bytes / 1024)} KiB\n`)
