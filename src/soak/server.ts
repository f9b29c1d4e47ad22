import { execFile, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { freePort, startProductionServer } from '../../scripts/productionServer.mjs'
import { EmbeddedPostgres } from '../server/embeddedPostgres'
import { createLogger } from '../server/logger'

const run = promisify(execFile)

export type SoakServer = {
  base: string
  /** The server's own process id (node dist/server.js), for its RSS. */
  pid: number
  databaseUri: string
  /** What the server wrote to stdout and stderr. */
  output: () => string
  /** The server process has ended (crashed: the soak stops it only at the end). */
  exited: () => boolean
  /** Runs SQL against the soak's database. */
  query: <T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, values?: unknown[]) => Promise<T[]>
  stop: () => Promise<void>
}

/**
 * What production runs, on a database of its own: an embedded PostgreSQL in a temporary folder,
 * the sample content seeded as `NODE_ENV=production npm run seed` does (no sample users), and the
 * production server (`npm start`, API only) on it. Needs `dist/` (scripts/build-server.mjs).
 */
export async function startSoakServer(say: (line: string) => void): Promise<SoakServer> {
  for (const file of ['dist/server.js', 'dist/scripts/seed.js']) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run the soak from the project folder after \`node scripts/build-server.mjs\` (npm run soak does both).`)
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-cms-soak-'))
  // As root, PostgreSQL runs as the postgres user, which must be able to enter the folder.
  fs.chmodSync(dir, 0o755)
  const database = new EmbeddedPostgres({
    dataDir: path.join(dir, 'postgres'),
    port: Number(await freePort()),
    database: 'soak',
    log: createLogger('warn', (line) => process.stderr.write(line)),
  })
  const cleanUp = async () => {
    await database.stop().catch(() => undefined)
    fs.rmSync(dir, { recursive: true, force: true })
  }

  let databaseUri: string
  try {
    databaseUri = await database.start()
  } catch (error) {
    await cleanUp()
    throw error
  }
  const pool = new pg.Pool({ connectionString: databaseUri, max: 2 })
  pool.on('error', () => undefined)
  const secret = randomBytes(32).toString('hex')
  let server: Awaited<ReturnType<typeof startProductionServer>> | undefined
  try {
    const seeding = Date.now()
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URI: databaseUri, PAYLOAD_SECRET: secret, DATA_DIR: dir, LOG_LEVEL: 'warn' }
    await run(process.execPath, ['--conditions=production', 'dist/scripts/seed.js'], { env, maxBuffer: 16 * 1024 * 1024 }).catch((error) => {
      const failed = error as Error & { stdout?: string; stderr?: string }
      throw new Error(`seeding the soak database failed: ${failed.message}\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`)
    })
    // Autovacuum is off on these machines: give the planner statistics, as an operator would after a bulk load.
    await pool.query('ANALYZE')
    say(`database seeded with the sample content in ${((Date.now() - seeding) / 1000).toFixed(1)} s`)

    server = await startProductionServer({
      databaseUri,
      label: 'soak',
      // warn: the soak reads the server's warnings and errors, not one line per request.
      env: { PAYLOAD_SECRET: secret, LOG_LEVEL: 'warn', SERVE_ADMIN: 'false' },
    })
    const readyMs = await server.waitUntilReady()
    say(`production server ready in ${(readyMs / 1000).toFixed(1)} s (pid ${(server.child as ChildProcess).pid})`)
  } catch (error) {
    if (server) await server.stop()
    await pool.end()
    await cleanUp()
    throw error
  }
  const started = server
  return {
    base: started.base,
    pid: (started.child as ChildProcess).pid!,
    databaseUri,
    output: started.output,
    exited: () => (started.child as ChildProcess).exitCode !== null || (started.child as ChildProcess).signalCode !== null,
    query: async <T extends pg.QueryResultRow>(sql: string, values?: unknown[]) => (await pool.query<T>(sql, values)).rows,
    async stop() {
      const exit = await started.stop()
      await pool.end()
      await cleanUp()
      if (exit.code !== 0) say(`server exited with code ${exit.code ?? 'none'} (signal ${exit.signal ?? 'none'})`)
    },
  }
}
