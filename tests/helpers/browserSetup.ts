import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { CHROMIUM_PATH } from './browser'

const projectRoot = path.resolve(import.meta.dirname, '../..')

/** Newest modification time of the files a production build is made from. */
function newestSource(): number {
  let newest = 0
  const visit = (entry: string) => {
    const stat = fs.statSync(entry)
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry)) visit(path.join(entry, name))
    } else {
      newest = Math.max(newest, stat.mtimeMs)
    }
  }
  for (const entry of ['src', 'public', 'next.config.mjs', 'package-lock.json']) {
    const full = path.join(projectRoot, entry)
    if (fs.existsSync(full)) visit(full)
  }
  return newest
}

/**
 * Browser tests need Debian's chromium and a production build of the current source. CI builds
 * before testing; elsewhere a missing or stale build is made here (about a minute), so `npm test`
 * never tests old pages.
 */
export default function setup(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`)
  }
  const distDir = path.join(projectRoot, process.env.NEXT_DIST_DIR || '.next')
  const buildId = path.join(distDir, 'BUILD_ID')
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0
  // SKIP_NEXT_BUILD=1 tests the build that is there, e.g. while other files are being edited.
  if (builtAt > 0 && process.env.SKIP_NEXT_BUILD === '1') return
  if (builtAt > newestSource()) return
  process.stderr.write(`browser tests: ${builtAt ? 'the production build is older than the source' : 'no production build'}; running next build …\n`)
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
}
