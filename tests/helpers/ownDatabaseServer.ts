import fs from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createApp } from '../../src/server/app'
import { EmbeddedPostgres } from '../../src/server/embeddedPostgres'
import { loadEnv } from '../../src/server/env'
import { createLogger } from '../../src/server/logger'
import { startRuntime, type Runtime } from '../../src/server/runtime'
import { freePort } from './freePort'

export type OwnDatabaseServer = {
  baseURL: string
  /** The PostgreSQL of this server alone: a test may stop and start it under the running server. */
  database: EmbeddedPostgres
  runtime: Runtime
  close: () => Promise<void>
}

/**
 * The real express app on a random port, on an embedded PostgreSQL of its own (not the shared test
 * server), for tests that take the database away from under a running server.
 */
export async function startServerWithOwnDatabase(label: string): Promise<OwnDatabaseServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `clinic-cms-${label}-`))
  fs.chmodSync(dir, 0o755)
  const quiet = createLogger('silent')
  const database = new EmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: await freePort(), database: 'cms', log: quiet })
  const uri = await database.start()
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URI: uri, PAYLOAD_SECRET: 'x'.repeat(32), DATA_DIR: dir, LOG_LEVEL: 'silent' })
  const runtime = await startRuntime(loadEnv(process.env), quiet)
  const server = http.createServer(createApp({ runtime }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseURL: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    database,
    runtime,
    async close() {
      server.closeAllConnections()
      server.close()
      await runtime.close()
      await database.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
