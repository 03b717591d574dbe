// Preloaded with `node --import` by tests: appends the URL or path of every module the process loads, ES module or
// CommonJS, to the file named by RECORD_MODULES_FILE, so a test can say what a process never loaded.
import fs from 'node:fs'
import Module, { register } from 'node:module'
import process from 'node:process'

const file = process.env.RECORD_MODULES_FILE
if (file) {
  // ES modules are resolved off the main thread by the hooks registered here (hooks: resolve below).
  register(import.meta.url, import.meta.url)
  // CommonJS modules (Next is mostly CommonJS) load through Module._load, on this thread.
  const load = Module._load
  Module._load = function recordedLoad(request, parent, isMain) {
    const loaded = load.call(this, request, parent, isMain)
    try {
      fs.appendFileSync(file, `${Module._resolveFilename(request, parent, isMain)}\n`)
    } catch {
      // Built-ins and unresolvable requests: nothing to record.
    }
    return loaded
  }
}

export const resolve = async (specifier, context, nextResolve) => {
  const result = await nextResolve(specifier, context)
  if (file) fs.appendFileSync(file, `${result.url}\n`)
  return result
}
