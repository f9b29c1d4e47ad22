// Bundles the express server and the operator scripts from src/ into dist/ with esbuild, so they
// start as plain JavaScript (no TypeScript loader at run time, ~0.7 s to ready). node_modules
// stay external.
//
// Run the output with --conditions=development or --conditions=production (the npm scripts do):
// lexical's default Node entry chooses its build with a top-level await of a dynamic import(),
// and on Node 20 loading Payload's lexical editor through it deadlocks about one start in three
// (the process hangs, or exits 13 with no output). The condition selects the build directly.
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const scripts = fs
  .readdirSync(path.join(root, 'src/scripts'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `src/scripts/${file}`)

const result = await build({
  metafile: true,
  absWorkingDir: root,
  entryPoints: ['src/server.ts', ...scripts],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
})

// Remove chunks of earlier builds (their names carry content hashes) without emptying the folder
// first, so that a server already running from dist/ keeps its files while a script rebuilds.
const outputs = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(root, file)))
for (const entry of fs.readdirSync(path.join(root, 'dist'), { recursive: true, withFileTypes: true })) {
  const file = path.join(entry.parentPath, entry.name)
  if (entry.isFile() && !outputs.has(file)) fs.rmSync(file)
}
