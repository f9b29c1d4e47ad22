import { execFile, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { startProductionServer } from '../../scripts/productionServer.mjs'
import { SAMPLE_USERS } from '../../src/seed/sampleUsers'
import { login } from './api'
import { openRunLog } from './runLog'
import type { Staff } from './staff'
import { createTestDatabase } from './testDatabase'

const run = promisify(execFile)

export type SiteServer = {
  /** http://127.0.0.1:<port>, the admin, the website, the kiosk and the API. */
  baseURL: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * The production build (`npm start`) on a database of its own with the sample content and the
 * sample staff logins (SAMPLE_USERS). Browser tests drive this server; it serves the admin, the
 * website and the kiosk from `NEXT_DIST_DIR` (default .next).
 */
export async function startSite(label: string, options: { env?: Record<string, string> } = {}): Promise<SiteServer> {
  const database = await createTestDatabase(label)
  const secret = randomBytes(32).toString('hex')
  // Seeded as in development (migrations, not schema push), so the sample staff logins exist too.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', DATABASE_PUSH: 'false', DATABASE_URI: database.uri, PAYLOAD_SECRET: secret, LOG_LEVEL: 'warn' }
  try {
    const seeded = await run(process.execPath, ['--conditions=development', 'dist/scripts/seed.js'], { env, maxBuffer: 16 * 1024 * 1024 })
    const seedLog = openRunLog(`${label}-seed`, 'development')
    seedLog.write(seeded.stdout + seeded.stderr)
    seedLog.close()
  } catch (error) {
    await database.drop()
    const failed = error as Error & { stdout?: string; stderr?: string }
    throw new Error(`seeding ${label} failed: ${failed.message}\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`)
  }
  const server = await startProductionServer({
    databaseUri: database.uri,
    label,
    env: { PAYLOAD_SECRET: secret, LOG_LEVEL: 'warn', RUN_JOBS: 'false', ...options.env },
  })
  // Its whole output goes to the run's log folder too (scanned for secrets at the end of the run).
  const runLog = openRunLog(label, 'production')
  const child = server.child as ChildProcess
  child.stdout!.on('data', (chunk: Buffer) => runLog.write(chunk))
  child.stderr!.on('data', (chunk: Buffer) => runLog.write(chunk))
  child.once('close', () => runLog.close())
  try {
    await server.waitUntilReady()
  } catch (error) {
    await server.stop()
    await database.drop()
    throw error
  }
  return {
    baseURL: server.base,
    output: server.output,
    stop: async () => {
      await server.stop()
      await database.drop()
    },
  }
}

/** JWTs of the seeded sample staff (one per role) on a site started by startSite. */
export async function sampleStaff(site: Pick<SiteServer, 'baseURL'>): Promise<Staff> {
  const tokens = Object.fromEntries(
    await Promise.all(SAMPLE_USERS.map(async (user) => [user.roles[0], await login(site, user.email, user.password)] as const)),
  ) as Record<'admin' | 'editor' | 'reviewer' | 'translator', string>
  return { ...tokens, ids: {} }
}
