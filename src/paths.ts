import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * The project's src folder, whether this module runs from its source (Next, vitest) or bundled
 * into dist/ (the express server and scripts): the import map, migrations and generated files live there.
 */
export const srcDir = fs.existsSync(path.join(here, 'payload.config.ts')) ? here : path.resolve(here, '../src')
